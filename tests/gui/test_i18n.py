"""The interface language: Qt's translators, our catalogue, View > Language, before first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from expertreader import dates, paths, words
from expertreader.content.disclaimer import default_disclaimer
from expertreader.ui import i18n
from expertreader.ui.controllers.language import LanguageController
from expertreader.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en")


def test_the_catalogues_are_built() -> None:
    """``make`` (``make translations``) builds them: the window would be English without them."""
    for path in [*i18n.catalogues("es"), *i18n.catalogues("en")]:
        assert path.is_file(), f"{path} is missing: run `make translations`"
        assert path.parent == paths.translations_dir()


def test_spanish_installs_our_words_qts_dialog_words_dates_and_exports(
    english_afterwards: None,
) -> None:
    assert i18n.install("es") == "es"
    assert [Path(p).name for p in i18n.installed()] == [
        "expertreader_es.qm",
        "qtbase_es.qm",
        "qtgaps_es.qm",
    ]
    assert QCoreApplication.translate("LanguageController", "&Language") == "&Idioma"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"  # Qt's own words, from qtbase_es.qm
    assert QLocale().name().startswith("es")
    assert words.language() == "es"
    assert dates.language() == "es"
    assert default_disclaimer().startswith("Recuerde:")


def test_back_to_english(english_afterwards: None) -> None:
    i18n.install("es")
    assert i18n.install("en") == "en"
    assert [Path(p).name for p in i18n.installed()] == ["expertreader_en.qm"]
    assert QCoreApplication.translate("LanguageController", "&Language") == "&Language"
    assert words.language() == "en"
    assert QLocale().name() == QLocale.system().name()


SYSTEM_CHOICE = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from expertreader import words
from expertreader.ui import i18n
print(json.dumps([i18n.install("system"), i18n.install("en"), words.language()]))
"""


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LC_ALL": "es_MX.UTF-8"}, ["es", "en", "en"]),
        ({"LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de:es"}, ["es", "en", "en"]),
        ({"LC_ALL": "en_US.UTF-8"}, ["en", "en", "en"]),
        ({"LC_ALL": "C"}, ["en", "en", "en"]),
    ],
)
def test_system_means_the_desktops_list_of_languages(
    tmp_path: Path, environ: dict[str, str], expected: list[str]
) -> None:
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_MESSAGES")}
    env = {**base, **environ, "QT_QPA_PLATFORM": "offscreen"}
    env["EXPERTREADER_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SYSTEM_CHOICE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected


def test_a_choice_overrides_the_system(english_afterwards: None) -> None:
    assert i18n.resolve("es") == "es"
    assert i18n.resolve("en") == "en"
    assert i18n.resolve("nonsense") == i18n.system_language()


def test_tr_is_spanish_in_the_language_menu(qtbot: QtBot, english_afterwards: None) -> None:
    i18n.install("es")
    view = QMenu("View")
    qtbot.addWidget(view)
    controller = LanguageController(view, Settings(persist=False), lambda _text: None)
    assert controller.menu.title() == "&Idioma"
    labels = [action.text() for action in controller.menu.actions()]
    assert labels == ["Idioma del &sistema", "E&nglish", "&Español"]  # names in their own words


def test_choosing_a_language_is_remembered_and_told_in_that_language(
    qtbot: QtBot, english_afterwards: None
) -> None:
    i18n.install("en")
    told: list[str] = []
    view = QMenu("View")
    qtbot.addWidget(view)
    settings = Settings()
    controller = LanguageController(view, settings, told.append)
    assert controller.actions["system"].isChecked()
    controller.actions["es"].trigger()
    assert controller.actions["es"].isChecked()
    assert told == ["El nuevo idioma se usará la próxima vez que abra ExpertReader."]
    assert Settings().language == "es"  # saved, read back as a new start would
    controller.choose(i18n.resolve("system"))  # back to what the window speaks: nothing to say
    assert len(told) == 1


def test_the_setting_accepts_only_known_choices() -> None:
    settings = Settings(persist=False)
    assert settings.language == "system"
    settings.language = "klingon"
    assert settings.language == "system"
    settings.language = "en"
    assert settings.language == "en"


def test_lrelease_builds_a_catalogue_qt_reads(tmp_path: Path) -> None:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease comes with the venv")
    target = tmp_path / "expertreader_es.qm"
    source = paths.translations_dir() / "expertreader_es.ts"
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("Export", "Disclaimer") == "Aviso importante"


BEFORE_FIRST_PAINT = """
import json
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
app = QApplication([])
from expertreader.ui import i18n
language = i18n.install("es")
print(json.dumps({"language": language, "qt_namespace_loaded": "Qt" in vars(QtCore),
                  "menu": QtCore.QCoreApplication.translate("LanguageController", "&Language")}))
"""


def test_installing_a_language_is_cheap_enough_for_before_the_first_paint(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPERTREADER_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", BEFORE_FIRST_PAINT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    shell = json.loads(result.stdout)
    assert shell == {"language": "es", "qt_namespace_loaded": False, "menu": "&Idioma"}


def test_qt_s_own_file_dialog_has_no_english_label_in_spanish(
    qtbot: QtBot, english_afterwards: None
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    i18n.install("es")
    dialog = QFileDialog(None, "Guardar")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.text()]
    english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel"}
    assert texts and not english & set(texts), texts
