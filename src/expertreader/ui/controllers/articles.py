"""Adding the person's own articles from the window, and removing them again.

File > Add articles… (several files at once) and files dropped on the window. Files are read and
checked off the window's thread (a hostile 5 MB page takes seconds), then copied into the data
folder and indexed, also off it; the window stays usable throughout. Adding an article that is
in the library already asks first: update it (its notes stay), or keep the one there. A short
report follows in the message line, with the warnings and refusals one click away.

An added article can be removed (File > Remove this article…, or the question list's context
menu), after a question; bundled articles cannot be. Bookmarks and notes stay in the notes file,
listed with the notes whose question is gone, and come back when the article is added again.
After every change ``library_changed`` tells the window to show the library anew.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from expertreader.atomic import write_bytes_atomic
from expertreader.content import adding
from expertreader.content.adding import AddKind, Candidate
from expertreader.content.errors import ContentError
from expertreader.content.formats import ARTICLE_SUFFIXES
from expertreader.content.index_prebuilt import make_private_dirs
from expertreader.content.info import ArticleInfo
from expertreader.content.library import Library
from expertreader.ui.controllers.article_reports import ArticleReports
from expertreader.ui.models.question_tree import QuestionTreeModel
from expertreader.ui.views.dialogs import Button, inform, message_box
from expertreader.ui.views.message_bar import MessageArea, MessageBar
from expertreader.ui.views.question_list import QuestionList

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ArticlesViews:
    """What the articles controller drives."""

    file_menu: QMenu
    drop_target: QWidget
    """Takes dropped files (the main window); dialogs are shown over it."""
    questions: QuestionList
    messages: MessageArea


@dataclass(slots=True)
class _Batch:
    """One "add" from the window: what was read, what was refused, what the person chose."""

    candidates: list[tuple[Candidate, AddKind]] = field(default_factory=list)
    problems: list[ContentError] = field(default_factory=list)
    kept: list[Candidate] = field(default_factory=list)
    """Updates the person declined: the article they had stays as it was."""


class _Finished(QObject):
    """Carries a worker's result to the window's thread."""

    done = Signal(object, object)  # callback, result


class ArticlesController(QObject):
    """File > Add articles…, dropped files, and removing added articles."""

    library_changed = Signal(object, str)  # the library (shown anew), an article to open or ""
    finished = Signal()  # an add or a remove is done (reported): tests wait for it

    def __init__(
        self,
        library: Library,
        views: ArticlesViews,
        current_article: Callable[[], str | None],
    ) -> None:
        super().__init__(views.drop_target)
        self.library = library
        self.views = views
        self._current_article = current_article
        self._finished = _Finished(self)
        self._finished.done.connect(self._deliver)  # a method: queued to the window's thread
        self.busy = False
        self._reading: MessageBar | None = None
        self.add_action = QAction(self.tr("&Add articles…"), views.drop_target)
        self.add_action.setShortcut("Ctrl+Shift+O")
        self.add_action.triggered.connect(self.add_chosen)
        self.remove_action = QAction(self.tr("&Remove this article…"), views.drop_target)
        self.remove_action.triggered.connect(self.remove_current)
        existing = views.file_menu.actions()
        if existing:  # first in the File menu, apart from the notes' actions
            views.file_menu.insertActions(existing[0], [self.add_action, self.remove_action])
            views.file_menu.insertSeparator(existing[0])
        else:
            views.file_menu.addActions([self.add_action, self.remove_action])
        views.file_menu.aboutToShow.connect(self._update_remove_action)
        views.drop_target.addAction(self.add_action)  # the shortcut works anywhere in it
        views.drop_target.setAcceptDrops(True)
        views.drop_target.installEventFilter(self)
        views.questions.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        views.questions.customContextMenuRequested.connect(self._context_menu)
        self._update_remove_action()

    # --- what tests replace ----------------------------------------------------------------
    def choose_files(self) -> list[Path]:
        """The files the person picks in a file dialog (none when cancelled)."""
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.views.drop_target,
            self.tr("Add articles"),
            "",
            self.tr("Articles (*.txt *.htm *.html)"),
        )
        return [Path(name) for name in chosen]

    def ask_update(self, titles: Sequence[str]) -> bool:
        """Whether to replace articles that are in the library already with the new files."""
        title, text, update, keep = ArticleReports().update_question(titles)
        return self._ask(title, text, update, keep, Button.Yes)

    def confirm_remove(self, title: str) -> bool:
        heading, text = ArticleReports().remove_question(title)
        return self._ask(heading, text, self.tr("Remove"), self.tr("Cancel"), Button.No)

    def _ask(self, title: str, text: str, yes: str, no: str, default: Button) -> bool:
        box = message_box(
            self.views.drop_target,
            title,
            text,
            icon=QMessageBox.Icon.Question,
            buttons=Button.Yes | Button.No,
            default=default,
        )
        box.button(Button.Yes).setText(yes)
        box.button(Button.No).setText(no)
        return bool(box.exec() == Button.Yes)

    def show_details(self, title: str, text: str) -> None:
        inform(self.views.drop_target, title, text)

    # --- adding ----------------------------------------------------------------------------
    def add_chosen(self) -> None:
        if not self.busy and (files := self.choose_files()):
            self.add_files(files)

    def add_files(self, files: Sequence[Path]) -> None:
        """Check, copy and index these files, off the window's thread; reports when done."""
        if self.busy or not files:
            return
        self._set_busy(True)
        count = len(files)
        self._reading = self.views.messages.show_message(
            self.tr("Reading %n file(s)…", None, count)
            if count > 1
            else self.tr("Reading {file}…").format(file=files[0].name),
            transient=True,
        )
        self._in_thread(lambda: _read_all(files), self._on_read)

    def _on_read(self, read: list[Candidate | ContentError]) -> None:
        batch = _Batch()
        seen: dict[str, Path] = {}
        for item in read:
            if isinstance(item, ContentError):
                batch.problems.append(item)
                continue
            try:
                kind = adding.kind_of(item, self.library)
                earlier = seen.setdefault(item.article.id, item.path)
                if earlier != item.path:
                    same = self.tr("has the same title as {file}").format(file=earlier.name)
                    raise ContentError(item.path, 1, same)
            except ContentError as error:
                batch.problems.append(error)
                continue
            batch.candidates.append((item, kind))
        updates = [c.article.title for c, kind in batch.candidates if kind is AddKind.UPDATE]
        if updates and not self.ask_update(updates):
            batch.kept = [c for c, k in batch.candidates if k is AddKind.UPDATE]
            batch.candidates = [(c, k) for c, k in batch.candidates if k is not AddKind.UPDATE]
        changed = [c for c, kind in batch.candidates if kind is not AddKind.UNCHANGED]
        if not changed:
            self._report_added(batch, None)
            return
        library = self.library
        self._in_thread(
            lambda: _installed(library, changed), lambda result: self._report_added(batch, result)
        )

    def _report_added(self, batch: _Batch, result: Library | OSError | None) -> None:
        self._set_busy(False)
        if isinstance(result, OSError):
            reason = result.strerror or str(result)
            self.views.messages.show_message(
                self.tr(
                    "Your articles could not be copied into your notes folder: {reason}. "
                    "Nothing was added."
                ).format(reason=reason),
                level="warning",
            )
            self._done()
            return
        opened = ""
        if isinstance(result, Library):
            self.library.take_over(result)
            opened = next(
                (c.article.id for c, k in batch.candidates if k is not AddKind.UNCHANGED), ""
            )
            self.library_changed.emit(self.library, opened)
        report = ArticleReports().added_report(batch.candidates, batch.problems, batch.kept)
        self.views.messages.show_message(
            report.summary,
            level="warning" if batch.problems else "info",
            action=(self.tr("Details"), lambda: self.show_details(report.title, report.details))
            if report.details
            else None,
        )
        self._done()

    # --- removing --------------------------------------------------------------------------
    def remove_current(self) -> None:
        article_id = self._current_article()
        if article_id is not None:
            self.remove(article_id)

    def remove(self, article_id: str) -> None:
        """Remove an added article, after asking; a bundled one is explained, not removed."""
        info = self.library.article_info(article_id)
        if info is None or self.busy:
            return
        if not self.library.is_added(article_id):
            self.show_details(
                self.tr("This article comes with ExpertReader"),
                self.tr(
                    "“{title}” comes with ExpertReader, so it cannot be removed. Only articles "
                    "you added yourself can be."
                ).format(title=info.title),
            )
            return
        if not self.confirm_remove(info.title):
            return
        self._set_busy(True)
        library = self.library
        self._in_thread(
            lambda: _removed(library, article_id), lambda result: self._report_removed(info, result)
        )

    def _report_removed(self, info: ArticleInfo, result: tuple[Library, bytes] | OSError) -> None:
        if isinstance(result, OSError):
            self.views.messages.show_message(
                self.tr("“{title}” could not be removed: {reason}.").format(
                    title=info.title, reason=result.strerror or result
                ),
                level="warning",
            )
            self._done()
            return
        library, data = result
        self.library.take_over(library)
        self.library_changed.emit(self.library, "")
        self.views.messages.show_message(
            self.tr("Removed “{title}”. Your bookmarks and notes on it are kept.").format(
                title=info.title
            ),
            action=(self.tr("Add it back"), lambda: self._add_back(info, data)),
        )
        self._done()

    def _add_back(self, info: ArticleInfo, data: bytes) -> None:
        """Undo a removal: the same bytes, under the same name, indexed again."""
        if self.busy:
            return
        self._set_busy(True)
        library = self.library

        def back(result: Library | OSError) -> None:
            if isinstance(result, Library):
                self.library.take_over(result)
                self.library_changed.emit(self.library, info.id)
                self.views.messages.show_message(
                    self.tr("“{title}” is back.").format(title=info.title), transient=True
                )
            else:
                self.views.messages.show_message(
                    self.tr("“{title}” could not be added back: {reason}.").format(
                        title=info.title, reason=result
                    ),
                    level="warning",
                )
            self._done()

        self._in_thread(lambda: _put_back(library, info, data), back)

    # --- the window ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not isinstance(event, QDropEvent):  # drag enter and move events are drop events too
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            files = _dropped_files(event)
            if files:
                event.acceptProposedAction()
                self.add_files(files)
                return True
        return False

    def _context_menu(self, position: QPoint) -> None:
        menu = self.article_menu(position)
        if menu is not None:
            menu.popup(self.views.questions.viewport().mapToGlobal(position))

    def article_menu(self, position: QPoint) -> QMenu | None:
        """The question list's context menu at ``position``: removing an added article."""
        questions = self.views.questions
        model = questions.model()
        index = questions.indexAt(position)
        group = model.group_at(index) if isinstance(model, QuestionTreeModel) else None
        if not isinstance(group, ArticleInfo) or not self.library.is_added(group.id):
            return None
        menu = QMenu(questions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remove = menu.addAction(
            self.tr("Remove “{title}” from your library…").format(title=_short(group.title))
        )
        remove.triggered.connect(lambda: self.remove(group.id))
        return menu

    def _update_remove_action(self) -> None:
        article_id = self._current_article()
        self.remove_action.setEnabled(
            not self.busy and article_id is not None and self.library.is_added(article_id)
        )

    def _set_busy(self, busy: bool) -> None:
        if not busy and self._reading is not None:
            self._reading.dismiss()
            self._reading = None
        self.busy = busy
        self.add_action.setEnabled(not busy)
        self._update_remove_action()

    def _done(self) -> None:
        self._set_busy(False)
        self.finished.emit()

    @Slot(object, object)
    def _deliver(self, then: Callable[[object], None], result: object) -> None:
        then(result)

    def _in_thread(self, work: Callable[[], T], then: Callable[[T], None]) -> None:
        """Run ``work`` in a worker thread, then ``then(result)`` in the window's thread."""

        def run() -> None:
            self._finished.done.emit(then, work())

        threading.Thread(target=run, name="expertreader-articles", daemon=True).start()


def _read_all(files: Sequence[Path]) -> list[Candidate | ContentError]:
    read: list[Candidate | ContentError] = []
    for path in files:
        try:
            read.append(adding.read_candidate(path))
        except ContentError as error:
            read.append(error)
    return read


def _installed(library: Library, candidates: list[Candidate]) -> Library | OSError:
    """In a worker: copy the files in, and the library read again (the copies not parsed)."""
    try:
        adding.install(candidates, library)
    except OSError as error:
        return error
    return library.reopened(parsed=adding.parsed_articles(candidates))


def _removed(library: Library, article_id: str) -> tuple[Library, bytes] | OSError:
    """In a worker: the copy deleted (its bytes kept for "Add it back"), the library anew."""
    copy = library.added_file(article_id)
    try:
        data = copy.read_bytes() if copy is not None else b""
        adding.remove(library, article_id)
    except OSError as error:
        return error
    return library.reopened(), data


def _put_back(library: Library, info: ArticleInfo, data: bytes) -> Library | OSError:
    """In a worker: a removed article's copy written again, the library anew."""
    folder = library.added_dir
    if folder is None:
        return OSError(
            QCoreApplication.translate("ArticlesController", "no folder for added articles")
        )
    try:
        make_private_dirs(folder)
        write_bytes_atomic(folder / info.source, data)
    except OSError as error:
        return error
    return library.reopened()


def _dropped_files(event: QDropEvent) -> list[Path]:
    """The local article files being dragged (other files and links are not taken)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in files if path.suffix.lower() in ARTICLE_SUFFIXES]


def _short(title: str, limit: int = 50) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
