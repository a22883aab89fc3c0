"""At the largest text in a short window the reading side scrolls: the line being typed in the
note stays in view (it went below the edge, out of sight, as the note grew)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from expertreader.ui import style
from expertreader.ui.app import ExpertReaderUI


def settle() -> None:
    for _ in range(6):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_the_line_typed_on_stays_in_view(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    window = ui.window
    window.resize(1366, 700)
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    settle()
    assert window.panes is not None
    window.note_action.trigger()  # Ctrl+N
    editor = window.notes.answer_note
    qtbot.waitUntil(editor.hasFocus)
    page = window.panes.page
    for line in range(6):
        qtbot.keyClicks(editor, f"Line {line} of what I want to ask the doctor.")
        qtbot.keyClick(editor, "\r")
        settle()
        caret = editor.cursorRect()
        top_left = editor.viewport().mapTo(page.viewport(), caret.topLeft())
        seen = QRect(top_left, caret.size())
        assert page.viewport().rect().contains(seen), f"line {line}: the caret is out of view"
