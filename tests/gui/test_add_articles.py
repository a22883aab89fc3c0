"""Adding and removing articles from the window, and notes that follow the answers' changes."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from expertreader import paths
from expertreader.content import adding
from expertreader.content.adding import Candidate
from expertreader.notes.store import NotesStore
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.answer_changes import CHANGED, GONE
from expertreader.ui.controllers.articles import ArticlesController
from expertreader.ui.controllers.reader import ORPHANS_TITLE
from tests.gui.conftest import BuildUI

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
PAGE = FIXTURES / "saved_page.html"
SLEEP_TITLE = "My Own Article About Sleep"
QUESTION = "Why do I wake at night?"
ANSWER = (
    "Hot flashes can wake you. Ask your team about cooling sheets and a fan. "
    "Keep a notebook by the bed to write down what woke you."
)


def article_file(folder: Path, answer: str = ANSWER, name: str = "sleep.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = (
        f"{SLEEP_TITLE}\n\nMay 1, 2021\n\nExpert Jane Roe, MD, answered your questions.\n\n"
        f"Remember: this is general information.\n\n{QUESTION}\n\n{answer}\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def articles_of(ui: ExpertReaderUI) -> ArticlesController:
    return ui.articles


def is_busy(controller: ArticlesController) -> bool:
    return controller.busy


def titles(ui: ExpertReaderUI) -> list[str]:
    model = ui.window.questions.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add(ui: ExpertReaderUI, qtbot: QtBot, *files: Path) -> None:
    controller = articles_of(ui)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.add_files(list(files))


def shown_message(ui: ExpertReaderUI) -> str:
    current = ui.window.messages.current()
    assert current is not None
    return current.text


def stored() -> NotesStore:
    return NotesStore.open(paths.notes_db(), paths.backups_dir()).store


def test_file_add_articles_adds_text_and_saved_pages_searchably(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    file_menu = ui.window.menu("&File").actions()
    assert file_menu[0] is controller.add_action and file_menu[1] is controller.remove_action
    mine = article_file(tmp_path / "downloads")
    monkeypatch.setattr(controller, "choose_files", lambda: [mine, PAGE])
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.add_action.trigger()
    assert SLEEP_TITLE in titles(ui)
    assert "Ask the Expert: Sleep and Metastatic Breast Cancer" in titles(ui)
    assert shown_message(ui) == "Added 2 articles, 3 questions in all."
    assert ui.reader.current_qa is not None and ui.reader.current_qa.question == QUESTION
    ui.window.search.setText("cooling sheets")
    qtbot.waitUntil(lambda: ui.search.results is not None and bool(ui.search.results.hits))
    assert ui.search.model.index(0, 0).data().startswith(QUESTION)
    ui.window.search.setText("sleeping pills")
    qtbot.waitUntil(
        lambda: ui.search.results is not None and ui.search.results.query == "sleeping pills"
    )
    assert ui.search.results is not None and ui.search.results.hits


def test_files_are_read_off_the_windows_thread(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    release = threading.Event()
    real = adding.read_candidate

    def slow_read(path: str | Path) -> Candidate:
        threads.append(threading.current_thread().name)
        release.wait(5)
        return real(path)

    monkeypatch.setattr(adding, "read_candidate", slow_read)
    controller = articles_of(ui)
    delivered: list[str] = []
    controller.finished.connect(lambda: delivered.append(threading.current_thread().name))
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.add_files([article_file(tmp_path)])
        qtbot.waitUntil(lambda: bool(threads))
        assert is_busy(controller)
        assert not controller.add_action.isEnabled()
        ui.window.next_action.trigger()  # the window still answers while the file is read
        release.set()
    assert threads == ["expertreader-articles"]
    assert not is_busy(controller)
    assert delivered == [threading.main_thread().name]  # the window is touched in its thread


def test_files_dropped_on_the_window_are_added(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path
) -> None:
    """Through the controller's event filter on the window (events sent through Qt's own drag
    handling from a test leave it pointing at data Python frees: a crash later)."""
    controller = articles_of(ui)
    window = ui.window
    assert window.acceptDrops()
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article_file(tmp_path))), QUrl.fromLocalFile(str(other))])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, buttons, keys)
    assert controller.eventFilter(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), action, mime, buttons, keys)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        assert controller.eventFilter(window, drop)
    assert SLEEP_TITLE in titles(ui)
    nothing = QMimeData()
    nothing.setUrls([QUrl.fromLocalFile(str(other))])
    refused = QDragEnterEvent(QPoint(10, 10), action, nothing, buttons, keys)
    assert not controller.eventFilter(window, refused)


def test_adding_an_article_again_asks_before_updating_it(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    add(ui, qtbot, article_file(tmp_path))
    asked: list[list[str]] = []
    answers = iter([False, True])

    def ask(offered: Sequence[str]) -> bool:
        asked.append(list(offered))
        return next(answers)

    monkeypatch.setattr(controller, "ask_update", ask)
    changed = article_file(tmp_path / "new", ANSWER + " Cooler rooms help too.")
    add(ui, qtbot, changed)
    assert asked == [[SLEEP_TITLE]]
    assert shown_message(ui) == f"You kept the “{SLEEP_TITLE}” you had."
    kept = ui.library.qa(ui.library.questions(_id(ui))[0].id)
    assert kept is not None and "Cooler rooms" not in kept.answer_text
    add(ui, qtbot, changed)
    assert shown_message(ui) == f"Updated “{SLEEP_TITLE}”: 1 question."
    assert titles(ui).count(SLEEP_TITLE) == 1
    qa = ui.library.qa(ui.library.questions(_id(ui))[0].id)
    assert qa is not None and qa.answer_text.endswith("Cooler rooms help too.")
    add(ui, qtbot, changed)
    assert shown_message(ui) == f"“{SLEEP_TITLE}” is in your library already."


def _id(ui: ExpertReaderUI) -> str:
    return next(info.id for info in ui.library.article_infos() if info.title == SLEEP_TITLE)


def test_bad_files_and_bundled_titles_are_refused_with_details(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    details: list[str] = []
    monkeypatch.setattr(controller, "show_details", lambda _title, text: details.append(text))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    before = titles(ui)
    add(ui, qtbot, empty, paths.content_dir() / "000_13036496fefd8c92.txt")
    assert titles(ui) == before
    assert shown_message(ui) == "2 files could not be added."
    current = ui.window.messages.current()
    assert current is not None
    [details_button] = [b for b in current.buttons() if b.text() == "Details"]
    details_button.click()
    [text] = details
    assert "Not added: empty.txt, line 1: is empty" in text
    assert "comes with ExpertReader" in text
    assert not paths.added_articles_dir().exists()


def test_a_removed_article_keeps_its_notes_which_come_back_when_it_is_added_again(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    add(ui, qtbot, article_file(tmp_path))
    assert ui.notes is not None and ui.reader.current_qa is not None
    qa_id = ui.reader.current_qa.id
    ui.window.bookmark_action.trigger()
    ui.window.notes.answer_note.setPlainText("Ask about a fan.")
    ui.notes.flush()
    ui.window.menu("&File").aboutToShow.emit()
    assert controller.remove_action.isEnabled()
    monkeypatch.setattr(controller, "confirm_remove", lambda title: title == SLEEP_TITLE)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.remove_current()
    assert SLEEP_TITLE not in titles(ui)
    assert titles(ui)[-1] == ORPHANS_TITLE  # the notes stay, with the questions gone
    assert ui.reader.current_qa is not None and ui.reader.current_qa.id == qa_id
    assert ui.window.notes.answer_note.toPlainText() == "Ask about a fan."
    assert ui.window.notes.answer_changed.isVisible()
    assert ui.window.notes.answer_changed.label.text() == GONE
    assert shown_message(ui).startswith(f"Removed “{SLEEP_TITLE}”.")
    with stored() as store:
        assert store.is_bookmarked(qa_id)
    add(ui, qtbot, article_file(tmp_path))
    assert SLEEP_TITLE in titles(ui) and ORPHANS_TITLE not in titles(ui)
    ui.reader.select_qa(qa_id)
    assert ui.window.notes.answer_note.toPlainText() == "Ask about a fan."
    assert not ui.window.notes.answer_changed.isVisible()


def test_removal_can_be_taken_back_from_the_message(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    add(ui, qtbot, article_file(tmp_path))
    monkeypatch.setattr(controller, "confirm_remove", lambda _title: True)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        controller.remove(_id(ui))
    current = ui.window.messages.current()
    assert current is not None
    [back] = [b for b in current.buttons() if b.text() == "Add it back"]
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        back.click()
    assert SLEEP_TITLE in titles(ui)


def test_bundled_articles_cannot_be_removed(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    told: list[str] = []
    monkeypatch.setattr(controller, "show_details", lambda title, _text: told.append(title))
    monkeypatch.setattr(controller, "confirm_remove", lambda _title: pytest.fail("asked"))
    bundled = ui.library.article_infos()[0]
    ui.window.menu("&File").aboutToShow.emit()
    assert not controller.remove_action.isEnabled()
    controller.remove(bundled.id)
    assert told == ["This article comes with ExpertReader"]
    assert ui.library.article_info(bundled.id) is not None


def test_added_articles_survive_a_restart(build_ui: BuildUI, qtbot: QtBot, tmp_path: Path) -> None:
    first = build_ui()
    add(first, qtbot, article_file(tmp_path), PAGE)
    first.window.close()
    again = build_ui()
    assert SLEEP_TITLE in titles(again)
    assert again.library.index.report.how == "cache"
    assert again.library.is_added(_id(again))


def test_the_context_menu_offers_to_remove_an_added_article(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path
) -> None:
    add(ui, qtbot, article_file(tmp_path))
    model = ui.window.questions.model()
    row = titles(ui).index(SLEEP_TITLE)
    rect = ui.window.questions.visualRect(model.index(row, 0))
    menu = articles_of(ui).article_menu(rect.center())
    assert menu is not None
    [remove] = menu.actions()
    assert remove.text() == f"Remove “{SLEEP_TITLE}” from your library…"
    bundled = titles(ui).index(ui.library.article_infos()[-1].title)
    other = ui.window.questions.visualRect(model.index(bundled, 0)).center()
    if not ui.library.is_added(ui.library.article_infos()[-1].id):
        assert articles_of(ui).article_menu(other) is None


def test_a_note_says_when_the_answer_changed_and_shows_the_earlier_one(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    add(ui, qtbot, article_file(tmp_path))
    assert ui.notes is not None
    ui.window.notes.answer_note.setPlainText("Try the fan.")
    ui.notes.flush()
    notice = ui.window.notes.answer_changed
    assert not notice.isVisible()
    monkeypatch.setattr(controller, "ask_update", lambda _titles: True)
    edited = ANSWER.replace("cooling sheets and a fan", "cooling sheets")
    add(ui, qtbot, article_file(tmp_path / "v2", edited))
    ui.reader.select_qa(ui.library.questions(_id(ui))[0].id)
    assert notice.isVisible() and notice.label.text() == CHANGED
    shown: list[str] = []
    monkeypatch.setattr(ui.notes.answer_note, "show_text", lambda _title, text: shown.append(text))
    notice.button.click()
    [text] = shown
    assert ANSWER in text and "Remember: this is general information." in text
    ui.window.notes.answer_note.setPlainText("Try the fan. Or not.")
    ui.notes.flush()
    assert notice.isVisible()  # kept while this answer is read
    with stored() as store:
        note = store.answer_note(ui.library.questions(_id(ui))[0].id)
    assert note is not None and note.answer_text == edited  # each save keeps the answer then


def test_passage_notes_follow_small_changes_and_say_when_lost(
    ui: ExpertReaderUI, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = articles_of(ui)
    add(ui, qtbot, article_file(tmp_path, ANSWER.replace("notebook", "notbook")))
    assert ui.notes is not None
    monkeypatch.setattr(ui.notes, "ask_text", lambda *_args: "Good idea")
    cursor = ui.window.answer.document().find("Keep a notbook by the bed")
    ui.window.answer.setTextCursor(cursor)
    ui.window.passage_action.trigger()
    monkeypatch.setattr(controller, "ask_update", lambda _titles: True)
    add(ui, qtbot, article_file(tmp_path / "fixed", ANSWER))  # the typo corrected
    ui.reader.select_qa(ui.library.questions(_id(ui))[0].id)
    passages = ui.window.notes.passage_list
    assert passages.count() == 1
    item = passages.item(0).text()
    assert "not found" not in item and "the answer changed" in item
    [span] = [s for s in ui.notes.passages._spans.values()]
    qa = ui.reader.current_qa
    assert qa is not None and qa.answer_text[span[0] : span[1]] == "Keep a notebook by the bed"
    passages.setCurrentRow(0)
    assert ui.window.notes.passage_changed.isVisible()
    gone = ANSWER.replace(" Keep a notebook by the bed to write down what woke you.", "")
    add(ui, qtbot, article_file(tmp_path / "cut", gone))
    ui.reader.select_qa(ui.library.questions(_id(ui))[0].id)
    assert "passage not found" in passages.item(0).text()
    assert ui.window.answer.extraSelections() == []  # nothing marked rather than wrong words
