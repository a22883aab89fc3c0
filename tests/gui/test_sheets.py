"""Appointment sheets through the real window: the issue's "Done means", end to end.

Five questions (two from bookmarks, one from a note, two typed), reordered by keyboard,
print-previewed, saved as PDF, answers typed after the visit, a restart, and the JSON export
imported into an empty data folder reproducing the sheet. Every dialog is replaced.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from expertreader import paths
from expertreader.export.annotation_reader import read_annotation_file
from expertreader.export.annotations import to_json
from expertreader.export.sheet_service import merge_imported, sheets_for_export
from expertreader.notes.errors import StoreError
from expertreader.notes.sheets import Sheets
from expertreader.notes.store import NotesStore
from expertreader.timestamps import utc_now
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.sheets import SheetsController
from expertreader.ui.views.record_list_dialog import RecordListDialog
from expertreader.ui.views.sheet_dialogs import Candidate, SheetDetails
from tests.gui.conftest import BuildUI

TYPED = ["Can I travel in March?", "Who do I call at night if I feel worse?"]


def pdf_texts(data: bytes) -> list[str]:
    """Each page's text, whitespace made single and ligatures (ﬀ, ﬁ) undone."""
    pages = PdfReader(io.BytesIO(data)).pages
    return [unicodedata.normalize("NFKC", " ".join(p.extract_text().split())) for p in pages]


def sheets_of(ui: ExpertReaderUI) -> SheetsController:
    return ui.appointments.sheets


def question_rows(controller: SheetsController) -> list[str]:
    listing = controller.window.sheet_page.questions
    return [listing.item(row).text().split("\n")[0] for row in range(listing.count())]


def read_stored() -> tuple[list[str], list[str]]:
    """(questions in order, what the doctor said) of the newest sheet, read from the file."""
    with NotesStore.open(paths.notes_db(), paths.backups_dir()).store as store:
        sheets = Sheets(store.database)
        newest = sheets.newest()
        assert newest is not None
        items = sheets.items(newest.uid)
        return [i.question for i in items], [i.doctor_said for i in items]


def bookmark_and_note(ui: ExpertReaderUI, qtbot: QtBot) -> list[str]:
    """Bookmark the first two questions and write a note on the third, through the window."""
    library = ui.library
    questions = [q for a in library.article_infos() for q in library.questions(a.id)]
    for question in questions[:2]:
        assert ui.reader.select_qa(question.id)
        ui.window.bookmark_action.trigger()
    assert ui.reader.select_qa(questions[2].id)
    editor = ui.window.notes.answer_note
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask whether this applies to me")
    assert ui.notes is not None
    ui.notes.flush()
    return [q.question for q in questions[:3]]


def build_sheet(ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    controller = sheets_of(ui)
    details = SheetDetails("Visit with Dr. Lee", "2026-12-03", "Dr. Lee", "Sam")
    monkeypatch.setattr(controller, "ask_details", lambda *_args: details)

    def choose(groups: list[tuple[str, list[Candidate]]]) -> list[Candidate]:
        by_title = dict(groups)
        assert len(by_title["Your bookmarks"]) == 2 and len(by_title["Your notes"]) == 1
        return [*by_title["Your bookmarks"], *by_title["Your notes"]]

    monkeypatch.setattr(controller, "ask_questions", choose)
    typed = iter(TYPED)
    monkeypatch.setattr(controller, "ask_typed", lambda *_args: next(typed))
    ui.appointments.sheets_action.trigger()
    window = controller.window
    qtbot.waitExposed(window)
    window.list_page.new_button.click()
    page = window.sheet_page
    page.add_button.click()
    page.type_button.click()
    page.type_button.click()
    return question_rows(controller)


def test_a_sheet_of_five_built_reordered_printed_answered_and_kept(
    build_ui: BuildUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ui = build_ui()
    chosen = bookmark_and_note(ui, qtbot)
    rows = build_sheet(ui, qtbot, monkeypatch)
    assert [row.split(". ", 1)[1] for row in rows] == [*chosen, *TYPED]
    controller = sheets_of(ui)
    page = controller.window.sheet_page

    # The last typed question is the most important: two steps up by keyboard, then one more.
    page.questions.setCurrentRow(4)
    page.questions.setFocus()
    qtbot.waitUntil(page.questions.hasFocus)
    qtbot.keyClick(page.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    page.up_button.click()
    page.up_button.click()
    order = [chosen[0], chosen[1], chosen[2], *TYPED]
    order.insert(0, order.pop(4))
    assert read_stored()[0] == order
    assert page.questions.currentRow() == 0 and page.questions.hasFocus()

    # The note's question prints the note; a bookmark's may print a quote of the answer.
    note_row = order.index(chosen[2])
    page.questions.setCurrentRow(note_row)
    assert page.details.note_check.isChecked()
    page.questions.setCurrentRow(order.index(chosen[0]))
    page.details.quote_check.setChecked(True)

    # Print preview: the pages it shows are painted (into a PDF here, in place of paper).
    previewed = tmp_path / "preview.pdf"

    def preview(dialog: QPrintPreviewDialog) -> None:
        printer = dialog.printer()
        assert printer is not None
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        dialog.paintRequested.emit(printer)

    monkeypatch.setattr(controller.printer, "show_preview", preview)
    page.print_button.click()
    assert controller.printer.preview is not None
    qtbot.waitUntil(lambda: previewed.exists() and previewed.stat().st_size > 0)
    printed = " ".join(pdf_texts(previewed.read_bytes()))
    assert "Visit with Dr. Lee" in printed and "Remember:" in printed

    # Saved as PDF: every question, the disclaimer and the program on every page.
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(controller.printer, "ask_export_path", lambda _suggested: target)
    page.export_button.click()
    texts = pdf_texts(target.read_bytes())
    for question in order:
        assert any(" ".join(question.split()) in text for text in texts), question
    for number, text in enumerate(texts, start=1):
        assert "Remember:" in text and "ExpertReader" in text
        assert text.endswith(f"page {number} of {len(texts)}")

    # After the visit: what the doctor said, saved as it is typed; "asked" ticked.
    page.questions.setCurrentRow(0)
    editor = page.details.doctor_said
    editor.setFocus()
    qtbot.keyClicks(editor, "Yes, after the next scan.")
    qtbot.waitUntil(lambda: read_stored()[1][0] == "Yes, after the next scan.", timeout=5000)
    assert page.details.status.text() == "Saved"
    page.details.asked_check.setChecked(True)
    page.questions.setCurrentRow(1)
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask the nurse line.")
    ui.window.close()  # closing saves what was typed just now

    # Restart: everything as it was left.
    again = build_ui()
    reopened = sheets_of(again)
    again.appointments.sheets_action.trigger()
    reopened.open_sheet(reopened.chosen_uid())
    assert [row.split(". ", 1)[1] for row in question_rows(reopened)] == order
    assert read_stored()[1][:2] == ["Yes, after the next scan.", "Ask the nurse line."]
    first = reopened.editor.items[0]
    assert first.asked and first.doctor_said == "Yes, after the next scan."
    assert reopened.editor.items[order.index(chosen[0])].include_quote


def test_the_json_export_imported_into_an_empty_folder_reproduces_the_sheet(
    build_ui: BuildUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ui = build_ui()
    bookmark_and_note(ui, qtbot)
    build_sheet(ui, qtbot, monkeypatch)
    assert ui.store is not None
    exported = tmp_path / "notes.json"
    store = ui.store
    exported.write_text(
        to_json(
            store.bookmarks(),
            store.notes(),
            exported_at=utc_now(),
            library=ui.library,
            sheets=sheets_for_export(store),
        ),
        encoding="utf-8",
    )
    before = [(sheet, items) for sheet, items in sheets_for_export(store)]
    imported = read_annotation_file(exported)
    with NotesStore.open(tmp_path / "elsewhere" / "notes.db").store as other:
        other.merge(imported.bookmarks, imported.notes)
        merge_imported(other, imported.sheets, imported.sheet_items)
        assert sheets_for_export(other) == before
        again = merge_imported(other, imported.sheets, imported.sheet_items)
        assert again.added == 0 and again.updated == 0  # a second import adds nothing


def test_a_refused_answer_is_kept_shown_and_saved_when_the_disk_allows(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = sheets_of(ui)
    monkeypatch.setattr(controller, "ask_details", lambda *_a: SheetDetails("Visit", "", "", ""))
    monkeypatch.setattr(controller, "ask_typed", lambda *_a: "Is it safe to fly?")
    controller.open()
    controller.window.list_page.new_button.click()
    page = controller.window.sheet_page
    page.type_button.click()
    sheets = controller.context.sheets
    real = sheets.set_doctor_said

    def disk_full(*_args: object) -> None:
        raise StoreError("The disk is full.", paths.notes_db())

    monkeypatch.setattr(sheets, "set_doctor_said", disk_full)
    qtbot.keyClicks(page.details.doctor_said, "Yes")
    qtbot.waitUntil(lambda: page.details.status.text() == "Not saved yet", timeout=5000)
    assert any("disk is full" in bar.label.text() for bar in ui.window.messages.messages())
    monkeypatch.setattr(sheets, "set_doctor_said", real)
    assert ui.notes is not None
    ui.notes.saver.retry()
    assert read_stored()[1] == ["Yes"]


def test_a_deleted_sheet_comes_back_by_undo_and_from_the_bin(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = sheets_of(ui)
    monkeypatch.setattr(controller, "ask_details", lambda *_a: SheetDetails("Visit", "", "", ""))
    controller.open()
    controller.window.list_page.new_button.click()
    controller.show_list()
    controller.window.list_page.delete_button.click()
    assert controller.window.list_page.sheets.count() == 0
    controller.context.undo.undo()
    assert controller.window.list_page.sheets.count() == 1
    controller.window.list_page.delete_button.click()
    monkeypatch.setattr(controller, "show_bin_dialog", lambda dialog: dialog.restore_button.click())
    controller.window.list_page.bin_button.click()
    assert controller.window.list_page.sheets.count() == 1


def test_the_question_being_read_is_added_to_the_newest_sheet(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = sheets_of(ui)
    monkeypatch.setattr(controller, "ask_details", lambda *_a: SheetDetails("Visit", "", "", ""))
    reading = ui.reader.current_qa
    assert reading is not None
    ui.appointments.add_to_sheet_action.trigger()  # no sheet yet: one is made
    ui.appointments.add_to_sheet_action.trigger()  # the same question again: not twice
    assert [item.qa_id for item in controller.editor.items] == [reading.id]
    assert controller.window.isVisible()


def test_a_question_dragged_to_the_top_is_first_on_the_sheet(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = sheets_of(ui)
    monkeypatch.setattr(controller, "ask_details", lambda *_a: SheetDetails("Visit", "", "", ""))
    typed = iter(["First?", "Second?", "Third?"])
    monkeypatch.setattr(controller, "ask_typed", lambda *_a: next(typed))
    controller.open()
    controller.window.list_page.new_button.click()
    page = controller.window.sheet_page
    for _ in range(3):
        page.type_button.click()
    model = page.questions.model()
    assert model.moveRows(model.index(0, 0).parent(), 2, 1, model.index(0, 0).parent(), 0)
    qtbot.waitUntil(lambda: read_stored()[0] == ["Third?", "First?", "Second?"])
    assert question_rows(controller) == ["1. Third?", "2. First?", "3. Second?"]


def test_an_earlier_answer_comes_back_from_its_versions(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = sheets_of(ui)
    monkeypatch.setattr(controller, "ask_details", lambda *_a: SheetDetails("Visit", "", "", ""))
    monkeypatch.setattr(controller, "ask_typed", lambda *_a: "What dose?")
    controller.open()
    controller.window.list_page.new_button.click()
    page = controller.window.sheet_page
    page.type_button.click()
    editor = page.details.doctor_said
    editor.setPlainText("5 mg")
    controller.editor.flush()
    editor.setPlainText("50 mg")  # a change, not typing on: a version of its own
    controller.editor.flush()
    assert read_stored()[1] == ["50 mg"]

    def choose_the_older(dialog: RecordListDialog) -> None:
        assert dialog.entries.count() == 2
        dialog.entries.setCurrentRow(1)
        dialog.restore_button.click()

    monkeypatch.setattr(controller.editor.doctor_said, "show_versions_dialog", choose_the_older)
    page.details.versions_button.click()
    assert editor.toPlainText() == "5 mg" and read_stored()[1] == ["5 mg"]
