"""Search as you type, without ever blocking the window or losing the reader's place.

Each keystroke only restarts a short timer; the search itself runs on a worker thread
(``search.SearchEngine``, its own SQLite connections), and a newer keystroke cancels the search
still running. Results replace the question list until the search is cleared; the answer being
read does not change until a result is chosen, which opens it with the matched words marked.
Escape clears the search and returns to the question being read.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from expertreader.content.library import Library
from expertreader.search.engine import SearchCancelledError, SearchEngine
from expertreader.search.notes import NotesFeed
from expertreader.search.results import SearchResults
from expertreader.ui.models.search_results import SearchResultsModel
from expertreader.ui.views.answer_view import AnswerView
from expertreader.ui.views.question_list import QuestionList
from expertreader.ui.views.search_results import SearchResultsPane

TYPING_PAUSE_MS = 25
RESULT_LIMIT = 60
ESCAPE_KEY = 0x01000000  # Qt.Key.Key_Escape, as a plain int
DOWN_KEY = 0x01000015  # Qt.Key.Key_Down
RETURN_KEYS = (0x01000004, 0x01000005)  # Key_Return, Key_Enter


@dataclass(frozen=True, slots=True)
class SearchViews:
    search: QLineEdit
    results: SearchResultsPane
    questions: QuestionList
    answer: AnswerView
    find_action: QAction


class _Finished(QObject):
    """Carries a worker's results to the window's thread."""

    done = Signal(int, object)  # generation, SearchResults


class SearchController(QObject):
    """The search box, the results pane, and the worker that searches."""

    result_chosen = Signal(str)  # qa id
    returned = Signal()  # Escape: back to the question being read

    def __init__(
        self,
        library: Library,
        notes: NotesFeed,
        views: SearchViews,
        current_qa_id: Callable[[], str | None],
    ) -> None:
        super().__init__(views.questions)
        # The search thread runs Python too: hand the interpreter back to the window every
        # millisecond (the default is 5 ms), so typing never waits on a search.
        sys.setswitchinterval(0.001)
        self.views = views
        self.engine = SearchEngine(library, notes)
        self._notes = notes
        self._retired: list[SearchEngine] = []  # closed by the worker, between two searches
        self._retired_lock = threading.Lock()
        self.model = SearchResultsModel(self)
        self.results: SearchResults | None = None
        self.shown_generation = 0
        self._generation = 0
        self._current_qa_id = current_qa_id
        self._jobs: queue.SimpleQueue[tuple[int, str, bool] | None] = queue.SimpleQueue()
        self._finished = _Finished(self)
        self._finished.done.connect(self._show)
        self._worker = threading.Thread(target=self._work, name="search", daemon=True)
        self._worker.start()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._start)
        self._exact = False
        views.results.list.setModel(self.model)
        views.search.textChanged.connect(self._on_typing)
        views.find_action.triggered.connect(self.focus_search)
        views.results.list.activated.connect(lambda index: self.choose(index.row()))
        views.results.list.clicked.connect(lambda index: self.choose(index.row()))
        views.results.instead_requested.connect(lambda typed: self.search_now(typed, exact=True))
        views.results.suggestion_chosen.connect(lambda query: self.search_now(query))
        for widget in (views.search, views.results.list):
            widget.installEventFilter(self)

    # --- typing and searching ----------------------------------------------------------------
    def focus_search(self) -> None:
        self.views.search.setFocus()
        self.views.search.selectAll()

    def search_now(self, text: str, *, exact: bool = False) -> None:
        """Search for ``text`` as if typed (a suggestion, or the typed words uncorrected)."""
        self._exact = exact
        self.views.search.blockSignals(True)
        self.views.search.setText(text)
        self.views.search.blockSignals(False)
        self._start()

    def _on_typing(self, _text: str) -> None:
        self._exact = False
        self._generation += 1  # whatever is running now is stale: it stops at its next check
        self._pause.start()

    def _start(self) -> None:
        text = self.views.search.text().strip()
        self._generation += 1
        if not text:
            self.clear()
            return
        self._jobs.put((self._generation, text, self._exact))

    def _work(self) -> None:
        """The worker thread: newest job only; a job superseded while running is cancelled."""
        while True:
            job = self._jobs.get()
            while not self._jobs.empty():  # typing ran ahead: only the newest matters
                job = self._jobs.get()
            self._close_retired()
            if job is None:
                return
            generation, text, exact = job

            def superseded(mine: int = generation) -> bool:
                return mine != self._generation

            try:
                found = self.engine.search(
                    text, limit=RESULT_LIMIT, correct=not exact, is_cancelled=superseded
                )
            except SearchCancelledError:
                continue
            self._finished.done.emit(generation, found)

    def _show(self, generation: int, found: SearchResults) -> None:
        if generation != self._generation or not self.views.search.text().strip():
            return
        self.results = found
        self.shown_generation = generation
        self.views.results.delegate.forget_sizes()
        self.model.set_hits(found.hits)
        pane = self.views.results
        typed_instead = found.query if found.corrected else None
        if not found.hits:
            summary = self.tr("No questions match “{query}”.").format(query=found.query)
            if found.suggestions:
                summary += self.tr(" Perhaps you meant one of these:")
        else:
            count = f"{found.total}{'+' if found.total_capped else ''}"
            if found.corrected:
                summary = self.tr(
                    "Showing results for “{query}”: {count} result(s).", None, found.total
                ).format(query=found.corrected, count=count)
            else:
                summary = self.tr("{count} result(s)", None, found.total).format(count=count)
        pane.set_summary(summary, typed_instead, list(found.suggestions))
        self._show_results(True)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(pane.list, summary))

    def clear(self) -> None:
        self._generation += 1
        self.results = None
        self.model.set_hits(())
        self._show_results(False)
        self.views.answer.highlight_search([])

    def _show_results(self, on: bool) -> None:
        self.views.results.setVisible(on)
        self.views.questions.setVisible(not on)

    # --- choosing and leaving ----------------------------------------------------------------
    def choose(self, row: int) -> None:
        """Open a result's answer with the matched words marked; the results stay listed."""
        hit = self.model.hit(row)
        if hit is None or self.results is None:
            return
        self.result_chosen.emit(hit.qa_id)
        marks = self.engine.highlight(hit.qa_id, self.results.searched)
        self.views.answer.highlight_search(list(marks.answer) if marks else [])

    def leave(self) -> None:
        """Escape: clear the search and go back to the question being read, in the list."""
        self._pause.stop()
        self.views.search.blockSignals(True)
        self.views.search.clear()
        self.views.search.blockSignals(False)
        self.clear()
        self.returned.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == ESCAPE_KEY and (self.views.search.text() or self.views.results.isVisible()):
            self.leave()
            return True
        into_results = key == DOWN_KEY or key in RETURN_KEYS
        if watched is self.views.search and self.views.results.isVisible() and into_results:
            results = self.views.results.list
            results.setFocus()
            if self.model.rowCount() and not results.currentIndex().isValid():
                results.setCurrentIndex(self.model.index(0, 0))
            return True
        return False

    def set_library(self, library: Library) -> None:
        """Search this library from now on (articles were added or removed); the search being
        shown runs again over it."""
        with self._retired_lock:
            self._retired.append(self.engine)
        self.engine = SearchEngine(library, self._notes)
        if self.views.search.text().strip():
            self._start()

    def _close_retired(self) -> None:
        """In the worker: engines replaced since the last search are no longer used."""
        with self._retired_lock:
            retired, self._retired = self._retired, []
        for engine in retired:
            engine.close()

    def shutdown(self) -> None:
        self._generation += 1
        self._jobs.put(None)
        self._worker.join(timeout=2)
        self._close_retired()
        self.engine.close()
