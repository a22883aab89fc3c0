"""Bookmarks, undo, whole-answer notes and passage notes through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from expertreader import paths
from expertreader.notes.errors import StoreError
from expertreader.notes.store import NotesStore
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.notes import NotesController
from expertreader.ui.models.question_tree import BOOKMARK_MARK, NOTE_MARK
from tests.gui.conftest import BuildUI


def notes_of(ui: ExpertReaderUI) -> NotesController:
    assert ui.notes is not None
    return ui.notes


def stored() -> NotesStore:
    return NotesStore.open(paths.notes_db(), paths.backups_dir()).store


def list_texts(ui: ExpertReaderUI) -> list[str]:
    model = ui.window.questions.model()
    article = model.index(0, 0)
    return [model.index(r, 0, article).data() for r in range(model.rowCount(article))]


def select_words(ui: ExpertReaderUI, words: str) -> None:
    view = ui.window.answer
    cursor = view.document().find(words)
    assert not cursor.isNull()
    view.setTextCursor(cursor)


def test_bookmark_with_shortcut_marks_list_and_filters(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    window = ui.window
    qtbot.keyClick(window.questions, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert list_texts(ui)[0].startswith(BOOKMARK_MARK)
    assert window.bookmark_action.isChecked()
    assert "Remove bookmark" in window.bookmark_button.accessibleName()
    window.bookmarks_only.setChecked(True)
    assert len(list_texts(ui)) == 1
    with stored() as store:
        assert store.bookmarked_ids() == {ui.reader.current_qa.id}  # type: ignore[union-attr]


def test_removing_a_bookmark_can_be_undone(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    window = ui.window
    window.bookmark_button.click()
    window.bookmark_button.click()
    assert not window.bookmark_action.isChecked()
    [bar] = [b for b in window.messages.messages() if "Bookmark removed" in b.label.text()]
    assert bar.action_button is not None
    qtbot.keyClick(window.questions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.bookmark_action.isChecked()
    assert list_texts(ui)[0].startswith(BOOKMARK_MARK)
    # and the undo button in the message works too
    window.bookmark_button.click()
    [bar] = [b for b in window.messages.messages() if "Bookmark removed" in b.label.text()][-1:]
    assert bar.action_button is not None
    bar.action_button.click()
    assert window.bookmark_action.isChecked()


def test_answer_note_is_saved_while_typing(build_ui: BuildUI, qtbot: QtBot) -> None:
    ui = build_ui()
    editor = ui.window.notes.answer_note
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask Dr. Lee about trials")
    qa_id = ui.reader.current_qa.id  # type: ignore[union-attr]

    def saved() -> bool:
        with stored() as store:
            note = store.answer_note(qa_id)
            return note is not None and note.text == "Ask Dr. Lee about trials"

    qtbot.waitUntil(saved, timeout=3000)
    assert ui.window.notes.save_status.text() == "Saved"
    assert NOTE_MARK in list_texts(ui)[0]
    ui.window.close()
    again = build_ui()
    assert again.window.notes.answer_note.toPlainText() == "Ask Dr. Lee about trials"


def test_ctrl_n_goes_on_after_the_note_already_written(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    editor = ui.window.notes.answer_note
    qtbot.keyClicks(editor, "My first note")
    ui.window.next_action.trigger()
    ui.window.previous_action.trigger()  # the note is shown again, its cursor at the start
    ui.window.questions.setFocus()
    ui.window.note_action.trigger()  # Ctrl+N
    qtbot.keyClicks(editor, ". Then more")
    assert editor.toPlainText() == "My first note. Then more"


def test_switching_question_saves_at_once(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    qtbot.keyClicks(ui.window.notes.answer_note, "quick")
    first = ui.reader.current_qa.id  # type: ignore[union-attr]
    ui.window.next_action.trigger()  # no waiting for the typing pause
    with stored() as store:
        assert store.answer_note(first).text == "quick"  # type: ignore[union-attr]
    assert ui.window.notes.answer_note.toPlainText() == ""


def test_passage_note_highlight_click_edit_delete_undo(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = notes_of(ui)
    ui.window.next_action.trigger()
    ui.window.next_action.trigger()
    answers = iter(["Is my plan fine?", "Edited note"])
    monkeypatch.setattr(notes, "ask_text", lambda *_args: next(answers))
    select_words(ui, "[with your new treatment plan]")
    ui.window.passage_action.trigger()

    passage_list = ui.window.notes.passage_list
    assert passage_list.count() == 1
    assert "“[with your new treatment plan]”" in passage_list.item(0).text()
    assert len(ui.window.answer.extraSelections()) == 1
    with stored() as store:
        [note] = store.passage_notes(ui.reader.current_qa.id)  # type: ignore[union-attr]
    assert note.passage is not None
    qa = ui.reader.current_qa
    assert qa is not None
    assert qa.answer_text[note.passage.start : note.passage.end] == note.passage.exact

    # clicking inside the highlighted words chooses that note
    passage_list.setCurrentRow(-1)
    cursor = ui.window.answer.textCursor()
    cursor.setPosition(ui.window.answer.document_position(note.passage.start + 3))
    ui.window.answer.setTextCursor(cursor)
    assert passage_list.currentRow() == 0

    ui.window.notes.edit_passage.click()
    assert "Edited note" in passage_list.item(0).text()
    ui.window.notes.delete_passage.click()
    assert passage_list.count() == 0
    ui.window.undo_action.trigger()
    assert passage_list.count() == 1
    assert "Edited note" in passage_list.item(0).text()


def test_add_passage_without_selection_explains(ui: ExpertReaderUI) -> None:
    cursor = ui.window.answer.textCursor()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    ui.window.answer.setTextCursor(cursor)
    ui.window.add_passage.click()
    assert any("select some words" in b.label.text() for b in ui.window.messages.messages())


def test_refused_writes_are_kept_warned_and_retried(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = notes_of(ui)
    store = notes.store
    real_save = store.save_answer_note

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The disk is full.", paths.notes_db())

    monkeypatch.setattr(store, "save_answer_note", disk_full)
    ui.window.notes.answer_note.setPlainText("kept in memory")
    notes.save_answer_note()
    warnings = [b for b in ui.window.messages.messages() if b.property("level") == "warning"]
    assert len(warnings) == 1 and "disk is full" in warnings[0].label.text()
    assert ui.window.notes.save_status.text() == "Not saved yet"
    assert notes.saver.unsaved.has_pending

    monkeypatch.setattr(store, "save_answer_note", real_save)
    notes.saver.retry()
    qtbot.waitUntil(lambda: not warnings[0].isVisible())
    with stored() as reopened:
        note = reopened.answer_note(ui.reader.current_qa.id)  # type: ignore[union-attr]
    assert note is not None and note.text == "kept in memory"


def test_a_bookmark_the_disk_refused_shows_as_chosen_and_is_saved_later(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, notes = ui.window, notes_of(ui)
    store = notes.store
    real_add, real_remove = store.add_bookmark, store.remove_bookmark

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The disk is full.", paths.notes_db())

    monkeypatch.setattr(store, "add_bookmark", disk_full)
    monkeypatch.setattr(store, "remove_bookmark", disk_full)
    qa = ui.reader.current_qa
    assert qa is not None
    window.bookmark_action.trigger()  # Ctrl+D
    assert window.bookmark_action.isChecked()  # what the person chose, though not saved yet
    assert "Not saved yet" in window.bookmark_button.accessibleDescription()
    assert any(b.level == "warning" for b in window.messages.messages())
    assert "Bookmark added" in notes.saver.unsaved.as_text(lambda _qa_id: qa.question)
    window.bookmark_action.trigger()  # pressed again: it is off, as a second press means
    assert not window.bookmark_action.isChecked()
    window.bookmark_action.trigger()
    assert window.bookmark_action.isChecked()

    monkeypatch.setattr(store, "add_bookmark", real_add)
    monkeypatch.setattr(store, "remove_bookmark", real_remove)
    notes.saver.retry()
    qtbot.waitUntil(lambda: "Not saved yet" not in window.bookmark_button.accessibleDescription())
    assert window.bookmark_action.isChecked()
    assert list_texts(ui)[0].startswith(BOOKMARK_MARK)
    with stored() as reopened:
        assert reopened.bookmarked_ids() == {qa.id}


def test_recovered_notes_are_reported(tmp_path: Path, qtbot: QtBot, qapp: object) -> None:
    from expertreader.ui.startup import open_notes

    paths.ensure_data_dir()
    paths.notes_db().write_bytes(b"this is not a database" * 100)
    store, message = open_notes()
    assert store is not None
    assert message is not None and "damaged" in message.lower()
    store.close()


def test_closing_with_unsaved_notes_asks_first(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = notes_of(ui)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The disk is full.", paths.notes_db())

    monkeypatch.setattr(notes.store, "save_answer_note", disk_full)
    ui.window.notes.answer_note.setPlainText("not on disk yet")
    notes.save_answer_note()
    asked: list[str] = []

    def keep_open(message: str) -> str:
        asked.append(message)
        return "cancel"

    monkeypatch.setattr(notes, "ask_before_close", keep_open)
    assert not ui.window.close()
    assert ui.window.isVisible()
    assert "disk is full" in asked[0]


def test_read_only_notes_are_shown_with_a_warning_that_stays(
    build_ui: BuildUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = "Your notes folder is read-only: test. Your notes can be read and exported."
    monkeypatch.setattr(NotesStore, "read_only", property(lambda _self: True))
    monkeypatch.setattr(NotesStore, "read_only_reason", property(lambda _self: reason))
    ui = build_ui()
    [bar] = [b for b in ui.window.messages.messages() if b.property("level") == "warning"]
    assert reason in bar.label.text()
    assert not any(
        button.text() == "Dismiss" for button in bar.findChildren(type(ui.window.add_passage))
    )


def test_notes_on_questions_the_content_lost_stay_reachable(build_ui: BuildUI) -> None:
    with stored() as store:
        store.save_answer_note("00000000gone0000", "still mine", "A question from last year?")
    ui = build_ui()
    model = ui.window.questions.model()
    assert model.rowCount() == 2
    group = model.index(1, 0)
    assert "no longer in these articles" in group.data()
    assert model.index(0, 0, group).data().endswith("A question from last year?")
    ui.reader.select(model.index(0, 0, group))
    assert ui.window.notes.answer_note.toPlainText() == "still mine"
    assert "no longer in the bundled articles" in ui.window.answer.toPlainText()
    assert ui.window.banner.text.startswith("Remember:")


def test_refused_passage_notes_stay_visible_and_can_be_saved_to_a_file(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    notes = notes_of(ui)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The disk is full.", paths.notes_db())

    monkeypatch.setattr(notes.store, "add_passage_note", disk_full)
    monkeypatch.setattr(notes, "ask_text", lambda *_args: "Ask about referral centers")
    select_words(ui, "referral center")
    ui.window.passage_action.trigger()
    passage_list = ui.window.notes.passage_list
    assert passage_list.count() == 1
    assert "not saved yet" in passage_list.item(0).text()

    target = tmp_path / "rescued.txt"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    assert notes.saver.save_unsaved_to_file()
    rescued = target.read_text(encoding="utf-8")
    assert "Ask about referral centers" in rescued and "“referral center”" in rescued


def test_undo_after_clearing_keeps_the_old_note_even_while_typing(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    notes = notes_of(ui)
    editor = ui.window.notes.answer_note
    editor.setPlainText("the original note")
    notes.save_answer_note()
    editor.setPlainText("")
    notes.save_answer_note()  # cleared: an undo is offered
    qtbot.keyClicks(editor, "brand new")  # still inside the typing pause
    ui.window.undo_action.trigger()
    with stored() as store:
        note = store.answer_note(ui.reader.current_qa.id)  # type: ignore[union-attr]
    assert note is not None and "the original note" in note.text


def test_undo_outlives_its_message(ui: ExpertReaderUI) -> None:
    """Nothing depends on catching a button in time: Edit > Undo stays after the message goes."""
    ui.window.bookmark_button.click()
    ui.window.bookmark_button.click()
    assert ui.window.undo_action.isEnabled()
    [bar] = [b for b in ui.window.messages.messages() if "Bookmark removed" in b.label.text()]
    bar.dismiss()
    assert ui.window.undo_action.isEnabled()
    assert "remove bookmark" in ui.window.undo_action.text()
    ui.window.undo_action.trigger()
    assert ui.window.bookmark_action.isChecked()
    ui.window.redo_action.trigger()
    assert not ui.window.bookmark_action.isChecked()


def test_a_question_without_saved_text_is_not_given_placeholder_text(
    build_ui: BuildUI,
) -> None:
    with stored() as store:
        store.add_bookmark("00000000gone0001")
    ui = build_ui()
    model = ui.window.questions.model()
    ui.reader.select(model.index(0, 0, model.index(1, 0)))
    ui.window.notes.answer_note.setPlainText("a note")
    notes_of(ui).save_answer_note()
    with stored() as store:
        note = store.answer_note("00000000gone0001")
    assert note is not None and note.question == ""
