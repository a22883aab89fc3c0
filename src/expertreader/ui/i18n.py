"""The interface language, chosen once before the first paint: window, dialogs, exports, dates.

The system's language (``QLocale.system().uiLanguages()``, the desktop's list of preferences)
unless the person chose one in View > Language. Translators are installed for our catalogue
(``expertreader_<language>.qm``) and for Qt's own standard-dialog strings (``qtbase_es.qm``), both
from our resources only: never from the system or PySide6's folders, so what the person sees is
what was tested. English needs only the plural forms of our catalogue (``%n`` notes).

Cheap enough for before the first paint: no ``Qt`` namespace enums are touched (they cost
about 30 ms, see ui/views/main_window.py), only ``QLocale`` and ``QTranslator``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from expertreader import paths, words

SYSTEM = "system"
CHOICES = (SYSTEM, *words.SUPPORTED)
"""What View > Language offers and the settings keep: follow the system, or one language."""

_installed: list[QTranslator] = []  # Qt keeps no reference: they must live as long as we use them


def system_language() -> str:
    """The first supported language in the desktop's list of interface languages; else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in words.SUPPORTED:
            return code
    return words.SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """The language a View > Language choice means on this system."""
    return choice if choice in words.SUPPORTED else system_language()


def catalogues(language: str) -> list[Path]:
    """The compiled catalogues ``language`` needs, ours first (they are built by ``make``)."""
    folder = paths.translations_dir()
    files = [folder / f"expertreader_{language}.qm"]
    if language != words.SOURCE_LANGUAGE:
        files.append(folder / f"qtbase_{language}.qm")
        files.append(folder / f"qtgaps_{language}.qm")  # what Qt's own lacks (searched first)
    return files


def install(choice: str = SYSTEM) -> str:
    """Use ``choice`` (one of ``CHOICES``) from now on; return the language it resolved to.

    Call it before any widget is made, so every string is translated when it is first set.
    A catalogue that is missing (a source tree where ``make`` has not run) leaves those strings
    in English rather than failing to start. Calling it again replaces what it installed.
    """
    language = resolve(choice)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for path in catalogues(language):
        translator = QTranslator()
        if translator.load(str(path)) and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
    _set_default_locale(language)
    words.set_language(language)  # exports and printouts; dates too
    return language


def installed() -> list[str]:
    """The catalogue files in use now (for tests and the About box)."""
    return [translator.filePath() for translator in _installed]


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` whatever the interface uses now: a message about changing the
    language is best read in the language the person has just chosen."""
    if language == words.SOURCE_LANGUAGE:
        return text
    translator = QTranslator()
    if not translator.load(str(catalogues(language)[0])):
        return text
    return translator.translate(context, text) or text


def _set_default_locale(language: str) -> None:
    """Qt's own formatting (standard dialogs, page size) in the language when the person chose
    one other than the system's, keeping the territory: Spanish chosen on a United States
    system is ``es_US``, whose paper is still Letter. Otherwise the system's, as Qt starts."""
    system = QLocale.system()
    if language == system_language():
        QLocale.setDefault(system)  # undoes an earlier choice (tests switch back and forth)
        return
    name = system.name()  # "en_US", "es_MX", "C"
    territory = name.split("_")[1] if "_" in name else ""
    QLocale.setDefault(QLocale(f"{language}_{territory}" if territory else language))
