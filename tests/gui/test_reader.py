"""The reader window through its real widgets: reading, keyboard, disclaimer, state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from expertreader.content.disclaimer import DEFAULT_DISCLAIMER
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.main_window import MINIMUM_SIZE
from tests.gui.conftest import BuildUI


def shown_question(ui: ExpertReaderUI) -> str:
    return ui.window.answer.document().firstBlock().text()


def assert_disclaimer_visible(ui: ExpertReaderUI) -> None:
    banner = ui.window.banner
    assert banner.isVisible()
    assert banner.height() >= banner.label.fontMetrics().height()
    assert banner.text.startswith("Remember:")
    assert banner.label.text()  # the label shows (part of) it even when collapsed
    assert banner.visibleRegion().boundingRect().height() >= banner.label.fontMetrics().height()


def test_header_list_and_first_answer(ui: ExpertReaderUI) -> None:
    window = ui.window
    assert window.article_title.text().startswith("March 2018 Ask the Expert")
    assert "March 2, 2018" in window.article_meta.text()
    assert "William J. Gradishar, MD, FACP" in window.article_meta.text()
    model = window.questions.model()
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 5
    assert shown_question(ui) == "How do I choose a doctor to get a second opinion from?"
    assert_disclaimer_visible(ui)


def test_answer_is_verbatim_with_editorial_styling(ui: ExpertReaderUI) -> None:
    ui.reader.step(1)
    ui.reader.step(1)
    qa = ui.reader.current_qa
    assert qa is not None and qa.question.startswith("Can I get a second opinion each time")
    document = ui.window.answer.document()
    paragraphs = [document.findBlockByNumber(n).text() for n in range(1, document.blockCount())]
    assert paragraphs == list(qa.answer)
    assert "font-style:italic" in ui.window.answer.toHtml().replace(" ", "")
    fmt = document.find("[with your new treatment plan]").charFormat()
    assert fmt.fontItalic()


def test_keyboard_up_down_in_list_and_shortcuts_from_answer(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    window = ui.window
    window.questions.setFocus()
    qtbot.keyClick(window.questions, Qt.Key.Key_Down)
    assert shown_question(ui).startswith("Won’t I offend my doctor")
    qtbot.keyClick(window.questions, Qt.Key.Key_Up)
    assert shown_question(ui).startswith("How do I choose a doctor")

    window.answer.setFocus()
    qtbot.waitUntil(window.answer.hasFocus)
    qtbot.keyClick(window.answer, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown_question(ui).startswith("Won’t I offend my doctor")
    qtbot.keyClick(window.answer, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert shown_question(ui).startswith("Can I get a second opinion")
    qtbot.keyClick(window.answer, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown_question(ui).startswith("Won’t I offend my doctor")


def test_next_stops_at_the_last_question(ui: ExpertReaderUI) -> None:
    for _ in range(10):
        ui.window.next_action.trigger()
    assert shown_question(ui).startswith("My doctor’s treatment plan")


def test_tab_moves_from_list_to_answer(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    ui.window.questions.setFocus()
    qtbot.waitUntil(ui.window.questions.hasFocus)
    qtbot.keyClick(ui.window.questions, Qt.Key.Key_Tab)
    qtbot.waitUntil(ui.window.answer.hasFocus)


def test_selecting_the_article_shows_its_introduction(ui: ExpertReaderUI) -> None:
    ui.reader.select(ui.window.questions.model().index(0, 0))
    assert ui.reader.current_qa is None
    text = ui.window.answer.toPlainText()
    assert "Living Beyond Breast Cancer expert William J. Gradishar" in text
    assert_disclaimer_visible(ui)


def test_banner_visible_at_minimum_size_and_after_actions(
    ui: ExpertReaderUI, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ui.window
    window.resize(*MINIMUM_SIZE)
    qtbot.waitUntil(lambda: window.width() == MINIMUM_SIZE[0])
    one_line = 3 * window.banner.label.fontMetrics().height()
    qtbot.waitUntil(lambda: window.banner.height() < one_line)  # the layout has settled
    assert_disclaimer_visible(ui)
    assert not window.banner.showing_all  # one line in a short window
    assert window.banner.label.text().startswith("Remember:")
    shown: list[str] = []
    monkeypatch.setattr(
        "expertreader.ui.controllers.reader.inform",
        lambda _parent, _title, text: shown.append(text),
    )
    window.banner.toggle.click()
    assert shown == [window.banner.text]
    assert_no_overlap(ui)

    window.resize(1000, 760)
    qtbot.waitUntil(lambda: window.banner.showing_all)
    assert window.banner.label.text() == window.banner.text
    window.banner.toggle.click()
    assert not window.banner.expanded
    assert_disclaimer_visible(ui)
    assert window.banner.label.text().startswith("Remember:")
    search(ui, qtbot, "zzzz-no-such-word")
    assert ui.search.model.rowCount() == 0
    assert "No questions match" in window.results.summary.text()
    assert_disclaimer_visible(ui)
    window.search.clear()
    window.bookmarks_only.setChecked(True)
    assert_disclaimer_visible(ui)
    window.banner.toggle.click()
    assert shows_everything(window.banner)
    window.resize(2000, 1400)
    assert_disclaimer_visible(ui)


def shows_everything(banner: DisclaimerBanner) -> bool:
    """Read through a call: after a toggle the state differs from what mypy saw asserted."""
    return banner.showing_all


def assert_no_overlap(ui: ExpertReaderUI) -> None:
    """At the minimum size every pane still gets at least its minimum height."""
    window = ui.window
    for widget in (window.answer, window.notes.answer_note, window.questions):
        explicit = widget.minimumSize().height()
        needed = explicit if explicit > 0 else widget.minimumSizeHint().height()
        assert widget.height() >= needed, type(widget).__name__
    banner_bottom = window.banner.geometry().bottom()
    assert window.body.geometry().top() > banner_bottom


def search(ui: ExpertReaderUI, qtbot: QtBot, text: str) -> None:
    """Type a search and wait for its results (the search runs off the window's thread)."""
    ui.window.search.setText(text)
    qtbot.waitUntil(
        lambda: ui.search.results is not None and ui.search.results.query == text, timeout=5000
    )


def test_search_finds_questions(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    search(ui, qtbot, "third opinion")
    assert ui.window.results.isVisible() and not ui.window.questions.isVisible()
    assert "third opinion" in ui.search.model.index(0, 0).data()


def test_every_control_has_an_accessible_name(ui: ExpertReaderUI) -> None:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit)
    unnamed = []
    ui.window.search.setText("x")  # shows the line edit's own clear button
    controls: list[QWidget] = [w for w in ui.window.findChildren(QWidget) if isinstance(w, kinds)]
    controls.append(ui.window.questions)
    for widget in controls:
        if not widget.isVisibleTo(ui.window) or widget.parent() is None:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
    assert len(controls) >= 8


def test_zoom_changes_text_size_and_is_remembered(build_ui: BuildUI) -> None:
    ui = build_ui()
    before = ui.window.answer.font().pointSize()
    ui.window.zoom_in_action.trigger()
    ui.window.zoom_in_action.trigger()
    assert ui.window.answer.font().pointSize() == before + 2
    ui.window.close()
    again = build_ui()
    assert again.window.answer.font().pointSize() == before + 2
    again.window.zoom_reset_action.trigger()
    assert again.window.answer.font().pointSize() == before


def test_window_size_and_last_question_restored(build_ui: BuildUI, qtbot: QtBot) -> None:
    first = build_ui()
    first.window.resize(760, 600)
    qtbot.waitUntil(lambda: first.window.width() == 760)
    first.reader.step(1)
    first.reader.step(1)
    first.window.close()
    second = build_ui()
    assert shown_question(second).startswith("Can I get a second opinion")
    assert second.window.size().width() == 760


def test_bad_article_is_skipped_and_named(
    build_ui: BuildUI, tmp_path: Path, seed_article: Path
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / seed_article.name).write_bytes(seed_article.read_bytes())
    (content / "broken.txt").write_bytes(b"Title only\n")
    ui = build_ui(content)
    assert shown_question(ui).startswith("How do I choose")
    texts = [bar.label.text() for bar in ui.window.messages.messages()]
    assert any("broken.txt, line 1" in t and "skipped" in t for t in texts)


def test_no_readable_articles_still_shows_disclaimer(build_ui: BuildUI, tmp_path: Path) -> None:
    content = tmp_path / "empty"
    content.mkdir()
    (content / "bad.txt").write_bytes(b"\xff\xfe")
    ui = build_ui(content)
    assert ui.window.banner.text == DEFAULT_DISCLAIMER
    assert "No articles" in ui.window.answer.toPlainText()
    assert_disclaimer_visible(ui)


@pytest.mark.parametrize("offset", [0, 5, 100, 180])
def test_answer_offsets_round_trip(ui: ExpertReaderUI, offset: int) -> None:
    view = ui.window.answer
    position = view.document_position(offset)
    assert view.answer_offset(position) == offset


def test_many_messages_scroll_instead_of_squeezing(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    window = ui.window
    window.resize(*MINIMUM_SIZE)
    qtbot.waitUntil(lambda: window.width() == MINIMUM_SIZE[0])
    for number in range(4):
        window.messages.show_message(f"Problem {number}: " + "a long explanation " * 12, "warning")
    qtbot.waitUntil(lambda: window.messages.isVisible())
    assert window.messages.height() <= window.height() * 0.25
    assert_no_overlap(ui)
    assert_disclaimer_visible(ui)


def test_large_text_keeps_the_disclaimer_whole_or_on_one_line(
    ui: ExpertReaderUI, qtbot: QtBot
) -> None:
    window = ui.window
    window.resize(1000, 760)
    for _ in range(12):
        window.zoom_in_action.trigger()
    banner = window.banner
    if banner.showing_all:
        assert banner.label.height() >= banner.label.heightForWidth(banner.label.width())
    else:
        assert banner.label.text().startswith("Remember:")
    assert_disclaimer_visible(ui)
    window.zoom_reset_action.trigger()


def test_list_keeps_its_place_through_a_search(ui: ExpertReaderUI, qtbot: QtBot) -> None:
    ui.reader.step(1)  # the second question
    search(ui, qtbot, "zzz-nothing")  # no question matches
    assert shown_question(ui).startswith("Won’t I offend")  # still readable
    ui.window.search.clear()
    qtbot.waitUntil(ui.window.questions.isVisible)
    assert ui.window.questions.currentIndex().data().startswith("Won’t I offend")
    search(ui, qtbot, "zzz-nothing")
    ui.window.search.clear()
    ui.window.next_action.trigger()
    assert shown_question(ui).startswith("Can I get a second opinion")
