"""Text made larger until the panes take turns: the control with the focus stays in view."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from expertreader.ui.app import ExpertReaderUI


def settle() -> None:
    for _ in range(6):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_the_focused_button_stays_in_view_as_the_text_grows(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    window = ui.window
    window.resize(1120, 680)
    window.activateWindow()
    button = window.add_passage  # "Note on selection…", under the answer
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert window.panes is not None
    page = window.panes.page
    for _ in range(13):
        window.zoom_in_action.trigger()
        settle()
        qtbot.waitUntil(lambda: not page.isVisible() or _in_view(page, button), timeout=2000)
    assert button.hasFocus()


def _in_view(page: QScrollArea, widget: QWidget) -> bool:
    top_left = widget.mapTo(page.viewport(), widget.rect().topLeft())
    return page.viewport().rect().intersects(QRect(top_left, widget.size()))
