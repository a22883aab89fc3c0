"""Message boxes that show text as written (file names, titles, notes are never markup)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from expertreader.ui.views.plain_text import PLAIN_TEXT_FORMAT

Button = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    buttons: Button = Button.Ok,
    default: Button = Button.Ok,
) -> QMessageBox:
    """A message box whose text is plain, named for screen readers, ready to ``exec``."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setProperty("textFormat", PLAIN_TEXT_FORMAT)  # no Qt enums needed: usable before paint
    box.setDefaultButton(default)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, title, text, icon=QMessageBox.Icon.Warning).exec()
