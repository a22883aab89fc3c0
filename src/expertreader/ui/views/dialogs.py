"""Message boxes that show text as written (file names, titles, notes are never markup).

Questions and short messages are Qt's message boxes; text to read (a whole disclaimer) is a
window that fits the screen and scrolls inside (``reading_dialog``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import PLAIN_TEXT_FORMAT, plain_label

Button = QMessageBox.StandardButton
TEXT_MARGIN = 12  # px round text to read, inside its frame


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
    """Text to read (a whole disclaimer): in a window that fits the screen and scrolls inside."""
    reading_dialog(parent, title, text).exec()


def reading_dialog(parent: QWidget | None, title: str, text: str) -> QDialog:
    """Plain text to read and an OK button; long text scrolls, the button stays in view."""
    from PySide6.QtCore import Qt  # the enums: not before the first paint

    from expertreader.ui.views.screen_fit import FittedDialog

    dialog = FittedDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    label = plain_label(text, accessible_name=text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # not floating
    label.setContentsMargins(TEXT_MARGIN, TEXT_MARGIN, TEXT_MARGIN, TEXT_MARGIN)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(label)
    scroll.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    width = min(720, 60 * dialog.fontMetrics().averageCharWidth())
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right() - 2 * scroll.frameWidth()
    text_height = label.heightForWidth(inner) + 2 * scroll.frameWidth()
    height = text_height + layout.spacing() + buttons.sizeHint().height()
    dialog.resize(width, height + margins.top() + margins.bottom())  # the screen caps it
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setDefault(True)
        ok.setFocus()  # Enter closes it; the focus is where it can be seen
    return dialog


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, title, text, icon=QMessageBox.Icon.Warning).exec()
