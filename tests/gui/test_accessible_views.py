"""What a screen reader is given, checked in the process (tests/a11y/ reads it through AT-SPI).

The answer is a document with its whole text; the note's "Saved" is announced once it settles;
every control of the dialogs is named, and their fields say how to use them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.views import notes_panel
from expertreader.ui.views.export_dialog import ExportDialog
from expertreader.ui.views.note_dialog import NoteDialog
from expertreader.ui.views.record_list_dialog import RecordListDialog
from expertreader.ui.views.shortcuts_dialog import ShortcutsDialog, menu_rows

FIELDS = (QLineEdit, QPlainTextEdit, QAbstractItemView)


def test_the_answer_is_a_document_with_its_whole_text(ui: ExpertReaderUI) -> None:
    answer = ui.window.answer
    qa = ui.reader.current_qa
    assert qa is not None
    interface = QAccessible.queryAccessibleInterface(answer)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Document
    assert interface.text(QAccessible.Text.Name) == "Answer"
    assert interface.text(QAccessible.Text.Description) == qa.question
    assert interface.state().readOnly and interface.state().focusable
    text = interface.textInterface()
    assert text is not None
    whole = text.text(0, text.characterCount())
    assert whole.startswith(qa.question) and qa.answer[0] in whole
    start = whole.index(qa.answer[0])
    text.setSelection(0, start, start + 10)  # a screen reader selects: the view selects
    assert answer.selected_span() == (0, 10)
    del text, interface  # Qt owns them: keep no Python wrapper of them


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Texts announced to screen readers by the notes panel."""
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    yield said


def test_saved_is_announced_once_it_settles(
    ui: ExpertReaderUI, qtbot: QtBot, announcements: list[str]
) -> None:
    note = ui.window.notes.answer_note
    note.setFocus()
    note.insertPlainText("Ask about trials")
    qtbot.waitUntil(lambda: announcements == ["Saved"], timeout=3000)
    note.insertPlainText(" and second opinions")  # typing on: saved again, not said again
    qtbot.waitUntil(lambda: ui.window.notes.save_status.text() == "Saved", timeout=3000)
    with pytest.raises(qtbot.TimeoutError):
        qtbot.waitUntil(
            lambda: len(announcements) > 1, timeout=2 * notes_panel.SaveStatus.SETTLE_MS
        )
    assert "Saving…" not in announcements


def dialogs(ui: ExpertReaderUI) -> list[QDialog]:
    w = ui.window
    records = RecordListDialog(w, "Earlier versions", "Pick one to bring back.", "Restore")
    records.set_entries([(1, "Yesterday", "the note as it was")])
    return [
        NoteDialog(w, "Note on a passage", "a passage", ""),
        ExportDialog(w),
        records,
        ShortcutsDialog(w, menu_rows([w.menu("&File")])),
        w.messages.all_messages_dialog(),
    ]


def test_every_control_in_the_dialogs_is_named_and_fields_say_how(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    problems = []
    for dialog in dialogs(ui):
        dialog.show()
        qtbot.waitExposed(dialog)
        title = dialog.windowTitle()
        if not dialog.accessibleName():
            problems.append(f"{title}: the dialog has no name")
        controls = [
            widget
            for widget in dialog.findChildren(QWidget)
            if widget.isVisible()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and isinstance(widget, (QAbstractButton, *FIELDS))
        ]
        for widget in controls:
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None
            if not interface.text(QAccessible.Text.Name).strip():
                problems.append(f"{title}: {type(widget).__name__} has no name")
            if isinstance(widget, FIELDS) and not widget.accessibleDescription():
                problems.append(f"{title}: field {widget.accessibleName()!r} has no description")
            del interface
        dialog.close()
    assert not problems, "\n".join(problems)


def test_the_message_line_itself_takes_no_focus(ui: ExpertReaderUI) -> None:
    messages = ui.window.messages
    focusable = [
        widget
        for widget in messages.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert focusable and all(isinstance(widget, QAbstractButton) for widget in focusable)
