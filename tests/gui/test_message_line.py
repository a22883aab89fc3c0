"""The message line shows a short message whole, at every text size, even when a long one
waits behind it (the line was as tall as its tallest message: the short one sat out of view)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from expertreader.ui import style
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.views.message_bar import MessageBar

SIZES = [style.MIN_POINT_SIZE, style.BASE_POINT_SIZE, 20, style.MAX_POINT_SIZE]
LONG = " ".join(["Your notes could not be saved just now because the disk is full."] * 6)


def settle() -> None:
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES)
def test_a_short_message_is_shown_whole_with_a_long_one_behind_it(
    ui: ExpertReaderUI, size: int
) -> None:
    ui.window.resize(1120, 700)
    ui.reader.set_point_size(size)
    area = ui.window.messages
    area.show_message(LONG, level="warning", closable=False)  # lasts, waits behind
    bar = area.show_message(
        "Bookmark removed. Edit > Undo brings it back.",
        action=("Undo", lambda: None),
        transient=True,
    )
    settle()
    assert area.current() is bar
    viewport = area._scroll.viewport()
    top_left = bar.label.mapTo(viewport, bar.label.rect().topLeft())
    text_height = bar.label.heightForWidth(bar.label.width())
    assert text_height <= 2 * bar.label.fontMetrics().lineSpacing() + 2  # two lines at most
    assert top_left.y() >= 0
    assert top_left.y() + text_height <= viewport.height()  # every line of it in view
    assert bar.label.alignment() & Qt.AlignmentFlag.AlignTop  # text at the top, never centred away
    assert not area._scroll.verticalScrollBar().isVisible()  # nothing to scroll to


def test_the_long_message_scrolls_and_all_messages_shows_it(ui: ExpertReaderUI) -> None:
    area = ui.window.messages
    bar = area.show_message(LONG, level="warning", closable=False)
    settle()
    assert area.current() is bar
    assert area.all_button.isVisible()
    assert area._scroll.verticalScrollBar().maximum() > 0


def focused_hint(ui: ExpertReaderUI, qtbot: QtBot) -> MessageBar:
    """A message with a button, the focus on that button (as the first-start hint can have)."""
    ui.window.activateWindow()
    bar = ui.window.messages.show_message("A hint.", action=("Don't show again", lambda: None))
    assert bar.action_button is not None
    bar.action_button.setFocus()
    qtbot.waitUntil(bar.action_button.hasFocus)
    return bar


def test_the_focus_goes_to_the_questions_when_its_message_goes(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    bar = focused_hint(ui, qtbot)
    bar.dismiss()  # as F1 does to the first-start hint
    qtbot.waitUntil(ui.window.questions.hasFocus)


def test_start_up_ends_with_the_focus_on_the_questions_not_a_message(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    from expertreader.ui.startup import _focus_on_the_questions

    bar = focused_hint(ui, qtbot)
    _focus_on_the_questions(ui)
    qtbot.waitUntil(ui.window.questions.hasFocus)
    assert not bar.gone  # the hint is still there, not dismissed by a stray Enter
