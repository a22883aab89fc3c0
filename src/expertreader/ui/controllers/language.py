"""View > Language: System, English or Español; remembered, and used from the next start.

The window is not retranslated while it runs (every view would have to rebuild its words);
instead the person is told, in the language just chosen, that it applies the next time they
open the program. Language names are written in their own language, never translated, so each
reader can find theirs whatever the window speaks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from expertreader import words
from expertreader.ui import i18n
from expertreader.ui.settings import Settings

AUTONYMS = {"en": "E&nglish", "es": "&Español"}
"""Each language in its own words (not in tr: they read the same in every interface)."""
NEXT_START = words.QT_TRANSLATE_NOOP(
    "LanguageController", "The new language will be used the next time you open ExpertReader."
)


class LanguageController(QObject):
    """The Language submenu of a View menu, wired to the settings."""

    def __init__(self, view_menu: QMenu, settings: Settings, tell: Callable[[str], object]) -> None:
        """``tell`` shows the person a short message (the window's message line)."""
        super().__init__(view_menu)
        self.settings = settings
        self._tell = tell
        self.in_use = i18n.resolve(settings.language)  # what the window speaks since it started
        self.menu = view_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)  # exclusive: one choice at a time
        self.actions: dict[str, QAction] = {}
        labels = {i18n.SYSTEM: self.tr("&System language"), **AUTONYMS}
        for choice in i18n.CHOICES:
            action = QAction(labels[choice], self.group)
            action.setCheckable(True)
            action.triggered.connect(partial(self.choose, choice))
            self.menu.addAction(action)
            self.actions[choice] = action
        self.actions[settings.language].setChecked(True)

    def choose(self, choice: str) -> None:
        """Remember ``choice`` (one of ``i18n.CHOICES``); say when it will be used."""
        if choice not in i18n.CHOICES:
            choice = i18n.SYSTEM
        self.actions[choice].setChecked(True)
        self.settings.language = choice
        self.settings.sync()
        language = i18n.resolve(choice)
        if language != self.in_use:
            self._tell(i18n.translate_in(language, "LanguageController", NEXT_START))
