"""View > Theme: System, Light, Dark or High contrast; applied at once and remembered.

"System" follows the desktop's colour scheme, also when it changes while the program runs.
Build this after the first paint: asking ``QStyleHints`` for the scheme loads the ``Qt`` enums.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from expertreader import words
from expertreader.ui import style
from expertreader.ui.settings import Settings

LABELS = {
    style.SYSTEM: words.QT_TRANSLATE_NOOP("ThemeController", "&System (like the desktop)"),
    "light": words.QT_TRANSLATE_NOOP("ThemeController", "&Light"),
    "dark": words.QT_TRANSLATE_NOOP("ThemeController", "&Dark"),
    "high-contrast": words.QT_TRANSLATE_NOOP("ThemeController", "&High contrast"),
}


class ThemeController(QObject):
    """The Theme submenu of a View menu, wired to the settings and to the desktop's scheme."""

    def __init__(self, view_menu: QMenu, settings: Settings) -> None:
        super().__init__(view_menu)
        style.finish_setup()
        self.settings = settings
        self.menu = view_menu.addMenu(self.tr("&Theme"))
        self.group = QActionGroup(self)  # exclusive: one theme at a time
        self.actions: dict[str, QAction] = {}
        for name in style.THEMES:
            action = QAction(self.tr(LABELS[name]), self.group)
            action.setCheckable(True)
            action.triggered.connect(partial(self.choose, name))
            self.menu.addAction(action)
            self.actions[name] = action
        override = style.theme_override()
        if override is not None:  # screenshots and tests: the variable decides, not the menu
            self.menu.setTitle(
                self.tr("&Theme (set by {variable})").format(variable=style.THEME_ENV)
            )
            self.menu.setEnabled(False)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_colour_scheme)
        self._on_colour_scheme(hints.colorScheme(), apply=False)
        self.choose(override or settings.theme, remember=False)

    @property
    def chosen(self) -> str:
        return style.current_choice()

    def choose(self, theme: str, remember: bool = True) -> None:
        """Show the program in ``theme`` (one of ``style.THEMES``); remember it unless told not."""
        if theme not in style.THEMES:
            theme = style.SYSTEM
        style.apply(theme, style.current_point_size())
        self.actions[theme].setChecked(True)
        if remember:
            self.settings.theme = theme

    def _on_colour_scheme(self, scheme: Qt.ColorScheme, apply: bool = True) -> None:
        """The desktop said light or dark: "System" follows it; "unknown" changes nothing."""
        if scheme == Qt.ColorScheme.Unknown:
            return
        dark = scheme == Qt.ColorScheme.Dark
        if apply:
            style.follow_desktop(dark)
        else:
            style.set_desktop_dark(dark)
