"""Very large text: up to twice the default size, nothing cut off, panes that take turns.

Every text size is checked in the smallest window (720×560), the window's first size and on a
1366×768 laptop screen:
no button, tab, label or menu cuts its text, in both panes when they take turns, with a message
and its buttons showing and with search results showing. Dialogs fit a 1366×768 screen and
scroll inside when their contents are taller. Both checks run in English and in Spanish (whose
words are about a quarter longer).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QWidget,
)
from pytestqt.qtbot import QtBot

from expertreader.ui import i18n, style
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.settings import Settings
from expertreader.ui.views import screen_fit
from expertreader.ui.views.dialogs import message_box
from expertreader.ui.views.export_dialog import ExportDialog
from expertreader.ui.views.main_window import DEFAULT_SIZE, FRAME, MINIMUM_SIZE
from expertreader.ui.views.note_dialog import NoteDialog
from expertreader.ui.views.panes import QUESTIONS, READING
from expertreader.ui.views.record_list_dialog import RecordListDialog
from expertreader.ui.views.sheet_dialogs import (
    Candidate,
    QuestionPickerDialog,
    SheetDetails,
    SheetDetailsDialog,
    TypedQuestionDialog,
)
from expertreader.ui.views.shortcuts_dialog import ShortcutsDialog, menu_rows
from tests.gui.clipping import clipped, name, plain
from tests.gui.conftest import BuildUI

SIZES = range(style.MIN_POINT_SIZE, style.MAX_POINT_SIZE + 1)
WINDOWS = [MINIMUM_SIZE, DEFAULT_SIZE, (1366, 768)]  # the smallest, the first start, a laptop
SCREEN = QSize(1366, 768)
PANEL = 32  # a desktop's panel or task bar takes this much of a 768 px screen at least
LANGUAGES = ["en", "es"]
WARNING = {
    "en": ("Your notes could not be saved just now: the disk is full.", "Try again"),
    "es": ("Sus notas no se pudieron guardar ahora: el disco está lleno.", "Intentar de nuevo"),
}
NO_MATCH = {"en": "No questions match “xyz”.", "es": "Ninguna pregunta coincide con «xyz»."}


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window is built in this language (chosen as View > Language does); English after."""
    chosen: str = request.param
    Settings().language = chosen
    yield chosen
    i18n.install("en")


def settle() -> None:
    """Let posted layout requests run (a few rounds: a layout can ask for another)."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def turns(ui: ExpertReaderUI) -> Iterator[str]:
    """Show each pane in turn when they take turns (else both at once); yields what shows."""
    panes = ui.window.panes
    assert panes is not None
    if not panes.turns:
        yield "both panes"
        return
    for turn in (QUESTIONS, READING):
        panes.show_turn(turn)
        settle()
        yield f"the {turn} pane"
    panes.show_turn(QUESTIONS)


def taking_turns(ui: ExpertReaderUI) -> bool:
    return ui.window.panes is not None and ui.window.panes.turns


def cut_by_a_pane(root: QWidget) -> list[str]:
    """Controls that a part of the window cuts (a pane narrower than what it holds, or panes
    that overlap): inside the window, so ``clipped`` does not see it, but partly hidden."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QAbstractScrollArea) or isinstance(
                parent.parentWidget(), QAbstractScrollArea
            ):
                break  # a scroll area's page (or its viewport): it scrolls into view
            box = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
            if not parent.rect().contains(box):
                problems.append(f"{name(widget)} is cut by {name(parent)}")
                break
            parent = parent.parentWidget()
    for scroll in root.findChildren(QScrollArea):
        page, off = scroll.widget(), Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if page is None or not scroll.isVisible():
            continue
        if scroll.horizontalScrollBarPolicy() == off and page.width() > scroll.viewport().width():
            problems.append(f"{name(page)} is wider than {name(scroll)}, which does not scroll")
    for splitter in root.findChildren(QSplitter):
        panes = [splitter.widget(i) for i in range(splitter.count())]
        shown = [pane for pane in panes if pane is not None and pane.isVisible()]
        for first, second in itertools.pairwise(shown):
            if first.geometry().intersects(second.geometry()):
                problems.append(f"{name(first)} and {name(second)} overlap: one is cut")
    return problems


def cut_off(root: QWidget) -> list[str]:
    """``clipped`` and ``cut_by_a_pane``; a label's ``&`` (its shortcut mark, not drawn) is
    measured as drawn: "&Find:" shows "Find:"."""
    problems = [p for p in clipped(root) if " cuts '" not in p or "&" not in p]
    for label in root.findChildren(QLabel):
        text = plain(label.text())
        if label.isVisible() and "&" in label.text() and not label.wordWrap():
            room = label.contentsRect().width()
            if label.fontMetrics().horizontalAdvance(text) > room:
                problems.append(f"{name(label)} cuts {text!r}")
    return problems + cut_by_a_pane(root)


def check_every_size(ui: ExpertReaderUI, window_size: tuple[int, int], state: str) -> list[str]:
    problems = []
    ui.window.resize(*window_size)
    for size in SIZES:
        ui.reader.set_point_size(size)
        settle()
        for shown in turns(ui):
            found = clipped(ui.window) + cut_by_a_pane(ui.window)
            problems += [f"{size} pt, {state}, {shown}: {problem}" for problem in found]
    ui.reader.set_point_size(style.BASE_POINT_SIZE)
    return problems


def test_text_grows_to_twice_the_default_size(ui: ExpertReaderUI) -> None:
    assert style.MAX_POINT_SIZE >= 2 * style.BASE_POINT_SIZE
    for _ in range(40):
        ui.window.zoom_in_action.trigger()
    assert ui.reader.point_size == style.MAX_POINT_SIZE
    assert ui.window.answer.font().pointSize() == style.MAX_POINT_SIZE + 2
    assert ui.settings.point_size == style.MAX_POINT_SIZE  # remembered, not clamped lower


@pytest.mark.parametrize("window_size", WINDOWS, ids=["720x560", "default", "1366x768"])
def test_nothing_is_cut_off_at_any_text_size(
    language: str, build_ui: BuildUI, qtbot: QtBot, window_size: tuple[int, int]
) -> None:
    ui = build_ui()
    assert i18n.resolve(ui.settings.language) == language
    assert ui.help.hint is not None  # its two buttons are on the message line
    text, button = WARNING[language]
    warning = ui.window.messages.show_message(text, level="warning", action=(button, lambda: None))
    ui.window.bookmark_action.trigger()  # "★ Bookmarked"
    problems = check_every_size(ui, window_size, "reading")
    warning.dismiss()
    ui.window.search.setText("secnd opinon")  # a typo: corrected, with "Search instead"
    qtbot.waitUntil(lambda: ui.search.results is not None, timeout=5000)
    settle()  # as the results first show, before any change of size lays the window out again
    shown = clipped(ui.window) + cut_by_a_pane(ui.window)
    problems += [f"results just shown: {problem}" for problem in shown]
    problems += check_every_size(ui, window_size, "searching")
    suggestions = ["second opinion", "clinical trials", "treatment plan"]
    ui.window.results.set_summary(NO_MATCH[language], "xyz", suggestions)
    problems += check_every_size(ui, window_size, "with suggestions")
    assert not problems, "\n".join(problems)


def test_the_panes_take_turns_by_the_width_at_this_text_size(ui: ExpertReaderUI) -> None:
    window = ui.window
    window.resize(1000, 700)
    settle()
    assert not taking_turns(ui)  # at the default size a 1000 px window shows both
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    settle()
    assert taking_turns(ui)  # the same window at twice the size: one pane at a time
    assert window.questions.isVisible() and not window.answer.isVisible()
    assert window.banner.isVisible()  # the disclaimer stays in view in both turns
    window.resize(1366, 768)
    settle()
    assert not taking_turns(ui)
    window.resize(*MINIMUM_SIZE)
    ui.reader.set_point_size(style.BASE_POINT_SIZE)
    settle()
    assert not taking_turns(ui) and window.questions.isVisible() and window.answer.isVisible()


def test_taking_turns_from_the_keyboard_and_back(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    window, panes = ui.window, ui.window.panes
    assert panes is not None
    window.resize(*MINIMUM_SIZE)
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    settle()
    assert panes.turns and panes.turn == QUESTIONS
    window.questions.setFocus()
    QTest.keyClick(window.questions, Qt.Key.Key_Down)
    QTest.keyClick(window.questions, Qt.Key.Key_Return)
    qtbot.waitUntil(window.answer.isVisible)
    assert not window.questions.isVisible() and window.answer.hasFocus()
    assert window.header.parentWidget() is panes.page_content  # the title scrolls with it
    assert panes.back.isVisible()
    QTest.keyClick(window.answer, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.questions.isVisible)
    assert window.questions.hasFocus()
    window.answer_action.trigger()  # Ctrl+R
    assert window.answer.isVisible() and window.answer.hasFocus()
    QTest.keyClick(window.answer, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.questions.isVisible)
    assert window.questions.hasFocus()
    window.answer_action.trigger()
    window.list_action.trigger()  # Ctrl+L too
    assert window.questions.isVisible() and window.questions.hasFocus()
    window.answer_action.trigger()
    panes.back.click()
    assert window.questions.isVisible()
    window.note_action.trigger()  # Ctrl+N: the note is on the reading side
    assert window.notes.answer_note.isVisible() and window.notes.answer_note.hasFocus()
    window.find_action.trigger()  # Ctrl+F: the search is on the question side
    assert window.search.isVisible() and window.search.hasFocus()
    ui.reader.set_point_size(style.BASE_POINT_SIZE)
    settle()
    assert window.header.parentWidget() is window.centralWidget()


def test_the_short_reading_side_scrolls_instead_of_squeezing(ui: ExpertReaderUI) -> None:
    window = ui.window
    window.resize(*MINIMUM_SIZE)
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    window.answer_action.trigger()  # the reading pane, in turns
    settle()
    assert window.panes is not None
    answer, note, viewport = window.answer, window.notes.answer_note, window.panes.page.viewport()
    assert answer.height() >= answer.minimumSizeHint().height()
    assert note.height() >= 2 * note.fontMetrics().lineSpacing()  # two lines of the note
    assert answer.height() >= viewport.height() - window.tools.height() - 8  # the answer first
    where = QRect(note.mapTo(viewport, QPoint(0, 0)), note.size())
    assert not viewport.rect().intersects(where)  # below the answer, out of view
    note.setFocus()
    settle()
    caret = note.cursorRect()
    top = note.viewport().mapTo(viewport, caret.topLeft()).y()
    assert 0 <= top <= viewport.height() - caret.height() + note.frameWidth()  # its caret shows
    ui.reader.set_point_size(style.BASE_POINT_SIZE)
    window.resize(1120, 680)
    settle()
    assert window.panes.page.verticalScrollBar().maximum() == 0  # roomy: nothing scrolls


def test_the_default_window_fits_a_1366_by_768_screen() -> None:
    assert DEFAULT_SIZE[0] + FRAME[0] <= SCREEN.width()
    assert DEFAULT_SIZE[1] + FRAME[1] + PANEL <= SCREEN.height()


# --- dialogs ---------------------------------------------------------------------------------
@pytest.fixture
def laptop_screen(monkeypatch: pytest.MonkeyPatch) -> QSize:
    """Dialogs are fitted as on a 1366×768 screen (the offscreen one is another size)."""
    room = QSize(SCREEN.width() - screen_fit.FRAME.width(), SCREEN.height() - PANEL)
    room -= QSize(0, screen_fit.FRAME.height())
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget: room)
    return room


def shown_fits(dialog: QDialog, room: QSize) -> list[str]:
    """Show ``dialog`` (not modal), and say what about it does not fit."""
    dialog.show()
    settle()
    problems = [f"{dialog.windowTitle()}: {p}" for p in cut_off(dialog)]
    if dialog.width() > room.width() or dialog.height() > room.height():
        problems.append(f"{dialog.windowTitle()} is {dialog.width()}×{dialog.height()}")
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            inside = dialog.rect().contains(button.geometry().translated(box.pos()))
            if button.isVisible() and not inside:
                problems.append(f"{dialog.windowTitle()}: {button.text()!r} is off the dialog")
    dialog.close()
    return problems


def long_text(words: int) -> str:
    return " ".join(f"word{number % 97}" for number in range(words))


def test_every_dialog_fits_a_1366_by_768_screen_at_the_largest_size(
    language: str, build_ui: BuildUI, laptop_screen: QSize
) -> None:
    ui = build_ui()
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    parent = ui.window
    for number in range(6):
        parent.messages.show_message(f"Message {number}: {long_text(60)}", level="warning")
    records = RecordListDialog(parent, "Recently deleted", long_text(40), "Restore")
    records.set_entries([(n, long_text(12), long_text(300)) for n in range(30)])
    dialogs: list[QDialog] = [
        NoteDialog(parent, "Note on a passage", long_text(200), long_text(400)),
        ExportDialog(parent),
        records,
        ShortcutsDialog(parent, menu_rows([parent.menu(name) for name in ("&File", "&Go")])),
        parent.messages.all_messages_dialog(),
        SheetDetailsDialog(parent, "New appointment sheet", SheetDetails("", "", "", "")),
        TypedQuestionDialog(parent, "Type your own question", long_text(30)),
        QuestionPickerDialog(
            parent,
            [("Your bookmarks", [Candidate(str(n), long_text(20), "bookmark") for n in range(9)])],
        ),
    ]
    problems = [problem for dialog in dialogs for problem in shown_fits(dialog, laptop_screen)]
    assert not problems, "\n".join(problems)
    all_messages = dialogs[4]
    assert all_messages.findChild(QScrollArea, screen_fit.SCROLLED) is not None  # it scrolls


def test_a_long_message_box_scrolls_inside(ui: ExpertReaderUI, laptop_screen: QSize) -> None:
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    box = message_box(ui.window, "Disclaimer", long_text(900))
    screen_fit.fit_to_screen(box)
    assert not shown_fits(box, laptop_screen)
    scroll = box.findChild(QScrollArea, screen_fit.SCROLLED)
    assert scroll is not None and scroll.verticalScrollBar().maximum() > 0
    short = message_box(ui.window, "About", "Short.")
    screen_fit.fit_to_screen(short)
    assert short.findChild(QScrollArea, screen_fit.SCROLLED) is None  # nothing to scroll


def test_the_disclaimer_s_show_all_dialog_fits(
    ui: ExpertReaderUI, laptop_screen: QSize, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui.reader.set_point_size(style.MAX_POINT_SIZE)
    found: list[list[str]] = []

    def shown(dialog: QDialog) -> int:
        found.append(shown_fits(dialog, laptop_screen))
        return 0

    monkeypatch.setattr(screen_fit.FittedDialog, "exec", shown)
    ui.reader.show_full_disclaimer()
    assert found == [[]]


@pytest.mark.parametrize("point_size", [style.BASE_POINT_SIZE, style.MAX_POINT_SIZE])
def test_the_notes_and_sheets_windows_cut_nothing_in_the_smallest_size(
    language: str, build_ui: BuildUI, qtbot: QtBot, point_size: int
) -> None:
    """My notes and an appointment sheet with a question on it, 720×560, in both languages."""
    ui = build_ui()
    ui.reader.set_point_size(point_size)
    sheets = ui.appointments.sheets
    sheets.ask_details = lambda *_a: SheetDetails("Visit", "", "", "")  # type: ignore[method-assign]
    window = sheets.open()
    window.resize(*MINIMUM_SIZE)
    window.list_page.new_button.click()
    ui.appointments.add_to_sheet_action.trigger()
    qtbot.waitUntil(lambda: window.sheet_page.questions.count() == 1)
    settle()
    problems = [f"sheet: {p}" for p in cut_off(window)]
    window.close()
    my_notes = ui.appointments.my_notes.open()
    my_notes.resize(*MINIMUM_SIZE)
    settle()
    problems += [f"my notes: {p}" for p in cut_off(my_notes)]
    my_notes.close()
    assert not problems, "\n".join(problems)
