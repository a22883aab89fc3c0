"""The print preview fills most of the screen and prints from the keyboard (Enter, Ctrl+P)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from expertreader.ui.views import print_preview as preview_module
from expertreader.ui.views.print_preview import print_preview
from expertreader.ui.views.screen_fit import available_size


def test_the_preview_is_big_and_its_print_button_is_reached_by_the_keyboard(
    qtbot: QtBot,
) -> None:
    preview = print_preview(None, "ExpertReader notes", "Print your notes", "Print your notes")
    qtbot.addWidget(preview)
    room = available_size(preview)
    assert preview.height() >= room.height() * 0.8  # Qt's own opened 109 px tall
    assert preview.width() >= room.width() * 0.8
    button = preview.findChild(QPushButton, "printButton")
    assert button is not None and button.isDefault()  # Enter prints
    assert button.focusPolicy() != button.focusPolicy().NoFocus  # Tab reaches it
    assert preview_module._qt_print_action(preview) is not None  # Qt's own Print is found
    printed: list[bool] = []
    button.clicked.disconnect()
    button.clicked.connect(lambda: printed.append(True))
    ctrl_p = [a for a in preview.actions() if a.shortcut().toString() == "Ctrl+P"]
    assert ctrl_p
    ctrl_p[0].trigger()
    assert printed == [True]
