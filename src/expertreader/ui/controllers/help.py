"""Help > Keyboard shortcuts (F1), and a short hint about it until the person dismisses it for good.

The hint sits in the message line at start ("New here? Press F1..."), with "Don't show again";
opening the shortcuts also counts as having seen it. Both are remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from expertreader import words
from expertreader.ui.settings import Settings
from expertreader.ui.views.message_bar import MessageArea, MessageBar
from expertreader.ui.views.shortcuts_dialog import ShortcutsDialog, menu_rows

HINT = words.QT_TRANSLATE_NOOP(
    "HelpController", "New here? Press F1 to see the keys you can use instead of the mouse."
)


class HelpController(QObject):
    """Adds Help > Keyboard shortcuts; shows the first-start hint when ``hint`` is True."""

    def __init__(
        self,
        menus: list[QMenu],
        help_menu: QMenu,
        messages: MessageArea,
        settings: Settings,
        dialog_parent: QWidget,
        *,
        hint: bool = True,
    ) -> None:
        super().__init__(dialog_parent)
        self.menus, self.messages, self.settings = menus, messages, settings
        self.dialog_parent = dialog_parent
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), dialog_parent)
        desktop = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        keys = [QKeySequence("F1"), *desktop]
        self.shortcuts_action.setShortcuts(list(dict.fromkeys(keys)))  # F1, and the desktop's
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.shortcuts_action)  # type: ignore[arg-type]
        dialog_parent.addAction(self.shortcuts_action)  # F1 wherever the focus is
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.hint: MessageBar | None = None
        if hint and not settings.keys_hint_dismissed:
            self.hint = messages.show_message(
                self.tr(HINT), action=(self.tr("Don't show again"), self.dismiss_hint_for_good)
            )

    def show_shortcuts(self) -> None:
        """The shortcuts, from the menus as they are now; the hint has done its work."""
        self.dismiss_hint_for_good()
        self.exec_dialog(ShortcutsDialog(self.dialog_parent, menu_rows(self.menus)))

    def exec_dialog(self, dialog: QDialog) -> None:
        """Replaceable in tests, so that none waits on a modal dialog."""
        dialog.exec()

    def dismiss_hint_for_good(self) -> None:
        self.settings.keys_hint_dismissed = True
        if self.hint is not None:
            self.hint.dismiss()
            self.hint = None
