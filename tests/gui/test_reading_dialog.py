"""Text to read (the whole disclaimer) gets a window as tall as the text, read from the top,
with the focus on OK (it took the whole screen's height for six lines, the text in the middle)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from expertreader.ui.views.dialogs import reading_dialog
from expertreader.ui.views.screen_fit import available_size

SHORT = "Remember: this is general information, not medical advice. " * 4
LONG = "\n\n".join([SHORT] * 60)


def test_a_short_text_gets_a_window_its_size(qtbot: QtBot) -> None:
    dialog = reading_dialog(None, "Disclaimer", SHORT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() < available_size(dialog).height() / 2
    label = dialog.findChild(QLabel)
    assert label is not None and label.alignment() & Qt.AlignmentFlag.AlignTop
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    assert ok is not None and ok.isDefault()
    qtbot.waitUntil(ok.hasFocus)


def test_a_long_one_fits_the_screen_and_scrolls(qtbot: QtBot) -> None:
    dialog = reading_dialog(None, "Disclaimer", LONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= available_size(dialog).height()
