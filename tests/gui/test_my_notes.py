"""My notes, File > Print this answer, and the sheets window at the smallest size and largest text,
through the real widgets; every dialog replaced."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from expertreader import timestamps
from expertreader.content.model import QA
from expertreader.notes.anchor import make_passage
from expertreader.notes.model import Note
from expertreader.ui import style
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.my_notes import MyNotesController
from expertreader.ui.views.notes_panel import PASSAGES_TAB
from expertreader.ui.views.sheet_dialogs import SheetDetails
from expertreader.ui.views.sheets_window import SheetsWindow


def questions(ui: ExpertReaderUI) -> list[QA]:
    library = ui.library
    found = [library.qa(q.id) for a in library.article_infos() for q in library.questions(a.id)]
    return [qa for qa in found if qa is not None]


def seed(ui: ExpertReaderUI) -> tuple[QA, Note]:
    """A bookmark, an answer note and a passage note on three questions; the passage note."""
    assert ui.store is not None and ui.notes is not None
    first, second, third = questions(ui)[:3]
    ui.store.add_bookmark(first.id, first.question)
    ui.store.save_answer_note(second.id, "Ask about scans every three months")
    passage = make_passage(third.answer_text, 0, 12)
    note = ui.store.add_passage_note(third.id, passage, "Ask about referral centers")
    ui.notes.refresh()
    return third, note


def my_notes(ui: ExpertReaderUI) -> MyNotesController:
    return ui.appointments.my_notes


def shown_lines(controller: MyNotesController) -> list[str]:
    return [entry.kind for entry in controller.visible()]


def test_my_notes_lists_everything_by_article_or_by_date_and_filters(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes = itertools.count()
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(
        timestamps, "utc_now", lambda: start + dt.timedelta(minutes=next(minutes))
    )  # each written a minute after the one before
    seed(ui)
    controller = my_notes(ui)
    ui.appointments.my_notes_action.trigger()
    dialog = controller.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.filter.hasFocus)
    tree = dialog.entries
    assert tree.topLevelItemCount() == 1  # one article, its three entries under it
    assert tree.topLevelItem(0).childCount() == 3  # type: ignore[union-attr]
    assert shown_lines(controller) == ["bookmark", "note", "passage"]  # reading order
    dialog.by_date.setChecked(True)
    assert shown_lines(controller) == ["passage", "note", "bookmark"]  # newest first
    assert tree.topLevelItemCount() == 3
    qtbot.keyClicks(dialog.filter, "referral")
    assert shown_lines(controller) == ["passage"]
    assert "1 of 3" in dialog.summary.text()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert tree.hasFocus()
    dialog.filter.setText("nothing like this")
    assert controller.visible() == [] and not dialog.open_button.isEnabled()


def test_opening_a_passage_note_shows_its_answer_with_the_passage_marked(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    qa, note = seed(ui)
    assert ui.notes is not None
    controller = my_notes(ui)
    controller.open()
    qtbot.keyClicks(controller.dialog.filter, "referral")
    qtbot.keyClick(controller.dialog.filter, Qt.Key.Key_Down)
    qtbot.keyClick(controller.dialog.entries, Qt.Key.Key_Return)
    assert not controller.dialog.isVisible()
    assert ui.reader.current_qa is not None and ui.reader.current_qa.id == qa.id
    assert ui.window.notes.currentIndex() == PASSAGES_TAB
    chosen = ui.notes.passages.chosen()
    assert chosen is not None and chosen.uid == note.uid
    marked = ui.window.answer.extraSelections()
    assert any(s.cursor.selectedText() == note.passage.exact for s in marked)  # type: ignore[union-attr]
    assert ui.window.answer.hasFocus()


def test_my_notes_keeps_a_note_whose_question_is_gone(ui: ExpertReaderUI) -> None:
    assert ui.store is not None
    ui.store.save_answer_note("gone0000gone0000", "Kept", "An old question?", "An old article")
    controller = my_notes(ui)
    controller.open()
    [entry] = controller.visible()
    assert entry.question == "An old question?" and entry.article_id == ""
    assert controller.dialog.entries.topLevelItem(0).text(0) == "An old article"  # type: ignore[union-attr]


def test_print_this_answer_prints_the_question_answer_notes_and_disclaimer(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    qa, note = seed(ui)
    ui.reader.select_qa(qa.id)
    printer_controller = ui.appointments.answer_printer
    target = tmp_path / "answer.pdf"

    def preview(dialog: QPrintPreviewDialog) -> None:
        printer = dialog.printer()
        assert printer is not None
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)

    monkeypatch.setattr(printer_controller, "show_preview", preview)
    actions = [a.text() for a in ui.window.menu("&File").actions()]
    assert actions.index("Print this &answer…") == actions.index("&Print notes…") + 1
    ui.appointments.print_answer_action.trigger()
    pages = PdfReader(io.BytesIO(target.read_bytes())).pages
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text().split()) for p in pages)
    )
    assert " ".join(qa.question.split()) in text
    assert " ".join(qa.answer[0].split())[:60] in text
    assert note.text in text and "Remember:" in text


def controls_without_names(window: QWidget) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QTreeWidget)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return unnamed


@pytest.mark.parametrize("point_size", [style.BASE_POINT_SIZE, style.MAX_POINT_SIZE])
def test_the_sheets_window_at_720_by_560_keeps_everything_reachable_and_named(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, point_size: int
) -> None:
    seed(ui)
    ui.reader.set_point_size(point_size)
    controller = ui.appointments.sheets
    monkeypatch.setattr(controller, "ask_details", lambda *_a: SheetDetails("Visit", "", "", ""))
    monkeypatch.setattr(controller, "ask_typed", lambda *_a: "Is it safe to fly in March?")
    window: SheetsWindow = controller.open()
    window.resize(720, 560)
    window.list_page.new_button.click()
    page = window.sheet_page
    page.type_button.click()
    qtbot.waitUntil(lambda: page.questions.count() == 1)
    assert window.banner.isVisible() and window.banner.text.startswith("Remember:")
    content = page.scroll_area.widget()
    assert content is not None
    assert content.width() <= page.scroll_area.viewport().width()  # nothing cut at the side
    for widget in (page.add_button, page.remove_button, page.details.doctor_said):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        where = widget.mapTo(page.scroll_area.viewport(), widget.rect().topLeft())
        assert 0 <= where.y() < page.scroll_area.viewport().height(), widget.objectName()
    assert controls_without_names(window) == []
    assert controls_without_names(ui.appointments.my_notes.open()) == []
