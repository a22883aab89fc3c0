"""The keyboard: a focus ring you can see everywhere, no traps, Escape, F1 and a first-start hint.

Tab is pressed for real (key events through Qt), so these fail on what a person would meet:
a field that swallows Tab, a dialog Escape does not close, an order that jumps around.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from expertreader.ui import style
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.help import HINT
from expertreader.ui.palettes import PALETTES
from expertreader.ui.views.export_dialog import ExportDialog
from expertreader.ui.views.main_window import MINIMUM_SIZE
from expertreader.ui.views.note_dialog import NoteDialog
from expertreader.ui.views.record_list_dialog import RecordListDialog
from expertreader.ui.views.sheet_dialogs import SheetDetails, SheetDetailsDialog
from expertreader.ui.views.shortcuts_dialog import WINDOW_KEYS, ShortcutsDialog, menu_rows
from tests.gui.conftest import BuildUI
from tests.gui.pixels import Report, check_focus_ring

SHIFT_TAB = Qt.Key.Key_Backtab


@pytest.fixture(autouse=True)
def light_theme_afterwards() -> Iterator[None]:
    yield
    if QApplication.instance() is not None:
        style.apply(style.SYSTEM, style.BASE_POINT_SIZE)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget | None:
    """Press ``key`` where the focus is; the widget that has the focus afterwards."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifier)
    return QApplication.focusWidget()


def focused(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def tab_cycle(qtbot: QtBot, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``start`` until the focus comes back to it."""
    focused(qtbot, start)
    stops = [start]
    for _ in range(60):
        after = press(qtbot, key)
        assert after is not None, "Tab took the focus out of the window"
        if after is start:
            return stops
        stops.append(after)
    pytest.fail("Tab never came back: " + " -> ".join(w.accessibleName() for w in stops))


def test_the_focus_starts_on_the_question_list(ui: ExpertReaderUI) -> None:
    assert ui.window.focusWidget() is ui.window.questions


def test_tab_goes_round_the_window_in_the_order_it_is_seen(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    w = ui.window
    hint = ui.help.hint
    assert hint is not None
    expected = [
        w.banner.toggle,
        w.search,
        w.bookmarks_only,
        w.questions,
        w.answer,
        w.add_passage,
        w.bookmark_button,
        w.notes.tabBar(),
        w.notes.answer_note,
        *hint.buttons(),
    ]
    assert tab_cycle(qtbot, w.banner.toggle) == expected
    backwards = tab_cycle(qtbot, w.banner.toggle, SHIFT_TAB)
    assert backwards == [expected[0], *reversed(expected[1:])]


def test_search_results_take_their_place_in_the_tab_order(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    w = ui.window
    w.search.setText("second opinion")
    qtbot.waitUntil(lambda: ui.search.results is not None, timeout=5000)
    stops = tab_cycle(qtbot, w.search)
    assert stops[:3] == [w.search, w.bookmarks_only, w.results.list]
    assert w.answer in stops and w.questions not in stops


def test_tab_and_shift_tab_leave_every_text_field(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    w = ui.window
    note = NoteDialog(w, "Note on a passage", "a passage", "")
    records = RecordListDialog(w, "Earlier versions", "Pick one.", "Restore")
    records.set_entries([(1, "one", "the first version")])
    sheet = SheetDetailsDialog(w, "New appointment sheet", SheetDetails("", "2026-12-03", "", ""))
    for dialog in (note, records, sheet):
        dialog.show()
        qtbot.waitExposed(dialog)
    fields: list[QWidget] = [
        w.search,
        w.answer,
        w.notes.answer_note,
        note.editor,
        records.preview,
        sheet.title,
        sheet.date,  # Qt's own walks day, month and year before it lets Tab go
        sheet.with_whom,
    ]
    for field in fields:
        before = field.toPlainText() if isinstance(field, QPlainTextEdit | QTextEdit) else ""
        for key in (Qt.Key.Key_Tab, SHIFT_TAB):
            focused(qtbot, field)
            assert press(qtbot, key) is not field, f"{field.accessibleName()} keeps the focus"
        if isinstance(field, QPlainTextEdit | QTextEdit):
            assert field.toPlainText() == before  # no tab character typed
        elif isinstance(field, QLineEdit):
            assert "\t" not in field.text()
    for dialog in (note, records, sheet):
        dialog.close()


def test_ctrl_enter_saves_the_note_in_a_note_window(qtbot: QtBot) -> None:
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        dialog = NoteDialog(None, "Note on a passage", "a passage", "")
        qtbot.addWidget(dialog)
        dialog.show()
        focused(qtbot, dialog.editor)
        QTest.keyClicks(dialog.editor, "Ask about it")
        QTest.keyClick(dialog.editor, key, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.text == "Ask about it"


def test_escape_closes_every_dialog(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    w = ui.window
    records = RecordListDialog(w, "Recently deleted", "Pick one.", "Restore")
    records.set_entries([(1, "one", "the first note")])
    dialogs: list[QDialog] = [
        NoteDialog(w, "Note on a passage", "a passage", "text"),
        ExportDialog(w),
        records,
        ShortcutsDialog(w, menu_rows([w.menu("&File")])),
        w.messages.all_messages_dialog(),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        inside = dialog.focusWidget() or dialog.nextInFocusChain()
        assert inside is not None
        focused(qtbot, inside)
        press(qtbot, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), f"Escape left {dialog.windowTitle()!r} open"
        assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_export_dialog_starts_on_the_chosen_format(qtbot: QtBot) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.format_buttons["pdf"]


def test_escape_clears_the_search_and_goes_back_to_the_list(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    w = ui.window
    focused(qtbot, w.search)
    QTest.keyClicks(w.search, "trials")
    qtbot.waitUntil(w.results.isVisible, timeout=5000)
    press(qtbot, Qt.Key.Key_Escape)
    assert w.search.text() == ""
    assert w.questions.isVisible() and w.questions.hasFocus()


def test_f1_shows_every_shortcut_of_the_menus(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ui.help, "exec_dialog", shown.append)
    focused(qtbot, ui.window.questions)
    press(qtbot, Qt.Key.Key_F1)
    [dialog] = shown
    rows = dialog.rows()
    assert ("Ctrl+E", "Export notes") in rows
    assert ("F1", "Keyboard shortcuts") in [(keys.split(",")[0], what) for keys, what in rows]
    assert ("Ctrl+L, Alt+Left", "Go to the question list") in rows
    assert all(row in rows for row in WINDOW_KEYS)
    for menu in (ui.window.menu(name) for name in ("&File", "&Edit", "&Go", "&Notes", "&View")):
        for action in menu.actions():
            if action.shortcuts():
                keys = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
                assert any(row[0].startswith(keys) for row in rows), action.text()
    added = QAction("Go to the &top", ui.window)  # a new action is listed without more code
    added.setShortcut(QKeySequence("Ctrl+Home"))
    ui.window.menu("&Go").addAction(added)
    ui.help.show_shortcuts()
    assert ("Ctrl+Home", "Go to the top") in shown[-1].rows()


def hint_of(ui: ExpertReaderUI) -> object:
    return ui.help.hint


def test_the_first_start_hint_can_be_dismissed_for_good(build_ui: BuildUI) -> None:
    ui = build_ui()
    hint = ui.help.hint
    assert hint is not None and hint.text == HINT
    assert hint.close_button is not None
    hint.close_button.click()  # Dismiss: gone for now
    ui.window.close()
    again = build_ui()
    second_hint = again.help.hint
    assert second_hint is not None  # back next time
    assert second_hint.action_button is not None
    second_hint.action_button.click()  # Don't show again
    assert hint_of(again) is None and again.settings.keys_hint_dismissed
    assert not any(HINT in bar.text for bar in again.window.messages.messages())
    again.settings.sync()
    again.window.close()
    third = build_ui()
    assert third.help.hint is None
    assert not any(HINT in bar.text for bar in third.window.messages.messages())


def test_opening_the_shortcuts_counts_as_having_seen_the_hint(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui.help, "exec_dialog", lambda _dialog: None)
    ui.help.shortcuts_action.trigger()
    assert ui.help.hint is None and ui.settings.keys_hint_dismissed


@pytest.mark.parametrize("theme", tuple(PALETTES))
def test_the_focus_ring_shows_on_the_newer_controls(
    build_ui: BuildUI, qtbot: QtBot, theme: str
) -> None:
    ui = build_ui()
    ui.theme.choose(theme, remember=False)
    w = ui.window
    report = Report(theme)
    hint = ui.help.hint
    assert hint is not None and hint.action_button is not None
    check_focus_ring(report, qtbot, hint.action_button, w.answer, "Don't show again")
    w.search.setText("second opinion")
    qtbot.waitUntil(lambda: ui.search.results is not None, timeout=5000)
    check_focus_ring(report, qtbot, w.results.list, w.answer, "search results")
    w.search.clear()
    assert w.panes is not None
    w.resize(*MINIMUM_SIZE)
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    w.answer_action.trigger()
    qtbot.waitUntil(w.panes.back.isVisible)
    check_focus_ring(report, qtbot, w.panes.back, w.answer, "Questions button")
    dialog = ShortcutsDialog(w, menu_rows([w.menu("&File")]))
    dialog.show()
    qtbot.waitExposed(dialog)
    close = dialog.findChild(QDialogButtonBox)
    assert close is not None
    check_focus_ring(report, qtbot, dialog.keys, close.buttons()[0], "shortcuts list")
    dialog.close()
    assert not report.failures, "\n".join(report.failures)
