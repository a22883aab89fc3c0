"""The window and the controllers that drive it, wired together: the composition root.

``startup.run_gui`` builds it in stages so the reader sees the article at once: the first paint
needs only the content and the window's shell; the list, answer, notes store, backups and
export code come right after it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from expertreader import APP_NAME, __version__, paths
from expertreader.content.library import Library
from expertreader.ui import i18n, style
from expertreader.ui.controllers.header import show_header
from expertreader.ui.settings import Settings
from expertreader.ui.views.dialogs import inform
from expertreader.ui.views.main_window import MainWindow

if TYPE_CHECKING:
    from expertreader.notes.store import NotesStore
    from expertreader.ui.controllers.exporting import ExportController
    from expertreader.ui.controllers.notes import NotesController
    from expertreader.ui.controllers.reader import ReaderController


class ExpertReaderUI:
    """The window plus the controllers that wire it to the content, notes and settings."""

    BACKUP_CHECK_MS = 60 * 60 * 1000

    def __init__(
        self,
        library: Library,
        settings: Settings | None = None,
        remember_window: bool = True,
        staged: bool = False,
    ) -> None:
        """The window's shell; unless ``staged``, its body too (``run_gui`` builds that later)."""
        self.library = library
        self.store: NotesStore | None = None
        self.notes: NotesController | None = None
        self._exporting: ExportController | None = None
        self.remember_window = remember_window  # a screenshot shows the default layout
        self.settings = settings or Settings(persist=remember_window)
        i18n.install(self.settings.language)  # the window's words, and dates, in that language
        # Before any widget exists, so each is polished once, in the right theme and size.
        style.apply(self.settings.theme, self.settings.point_size)
        self.window = MainWindow()
        found = library.find(self.settings.last_qa)
        infos = library.article_infos(self.settings.article_order)
        show_header(self.window, found[0] if found else infos[0] if infos else None)
        if remember_window and (geometry := self.settings.geometry) is not None:
            self.window.restoreGeometry(geometry)
        if not staged:
            self.build_body()

    def build_body(self) -> None:
        """The question list, the answer and every action, wired to the reader."""
        from expertreader.ui.controllers.reader import ReaderController
        from expertreader.ui.wiring import reader_views

        window = self.window
        window.build_body()
        views = reader_views(window, lambda article: show_header(window, article))
        self.reader: ReaderController = ReaderController(views, self.library, self.settings)
        from expertreader.ui.controllers.theme import ThemeController

        self.theme = ThemeController(window.menu("&View"), self.settings)
        from expertreader.ui.controllers.language import LanguageController

        self.language = LanguageController(
            window.menu("&View"), self.settings, window.messages.show_message
        )
        self._set_notes_enabled(False)
        window.quit_action.triggered.connect(window.close)
        window.about_action.triggered.connect(self._about)
        window.export_action.triggered.connect(lambda: self.exporting.export())
        window.print_action.triggered.connect(lambda: self.exporting.print_notes())
        window.import_action.triggered.connect(lambda: self.exporting.import_notes())
        if self.remember_window:
            window.closing.connect(self.save_state)
            if (splitter := self.settings.splitter) is not None:
                window.split.restoreState(splitter)
        self._build_search()
        self._build_layout_and_help()
        self._build_articles()
        self._report_content_problems()
        self.reader.restore_last()
        window.questions.setFocus()  # start where reading starts, not on the disclaimer

    def _build_layout_and_help(self) -> None:
        """Panes taking turns at large text or in narrow windows; F1 and the first-start hint."""
        from expertreader.ui.controllers.help import HelpController
        from expertreader.ui.controllers.layout import LayoutController
        from expertreader.ui.views.main_window import MENUS
        from expertreader.ui.wiring import layout_views

        window = self.window
        self.layout = LayoutController(layout_views(window))  # after the reader and the search
        self.help = HelpController(
            [window.menu(name) for name in MENUS],
            window.menu("&Help"),
            window.messages,
            self.settings,
            window,
            hint=self.remember_window,  # not in screenshots
        )

    def _build_search(self) -> None:
        from expertreader.search.notes import NotesFeed
        from expertreader.ui.controllers.search import SearchController, SearchViews

        window = self.window
        self.notes_feed = NotesFeed()
        views = SearchViews(
            window.search, window.results, window.questions, window.answer, window.find_action
        )
        reader = self.reader
        self.search = SearchController(
            self.library,
            self.notes_feed,
            views,
            lambda: reader.current_qa.id if reader.current_qa else None,
        )
        self.search.result_chosen.connect(reader.select_qa)
        self.search.returned.connect(self._back_to_reading)
        window.closing.connect(self.search.shutdown)

    def _back_to_reading(self) -> None:
        """After Escape in the search: the question being read, marked in the list."""
        if self.reader.current_qa is not None:
            self.reader.select_qa(self.reader.current_qa.id)
        self.reader.focus_list()

    def _build_articles(self) -> None:
        """File > Add articles…, dropped files, removing added ones (controllers/articles.py)."""
        from expertreader.ui.controllers.articles import ArticlesController, ArticlesViews

        window = self.window
        views = ArticlesViews(window.menu("&File"), window, window.questions, window.messages)
        self.articles = ArticlesController(self.library, views, self._current_article_id)
        self.articles.library_changed.connect(self._on_library_changed)

    def _current_article_id(self) -> str | None:
        qa = self.reader.current_qa
        found = self.library.find(qa.id) if qa is not None else None
        return found[0].id if found else None

    def _on_library_changed(self, library: Library, opened: str) -> None:
        """Articles were added or removed: list, search and notes show the library anew (the
        notes of a removed article join the questions no longer in the articles)."""
        if self.notes is not None:
            self.notes.refresh_orphans()
        self.reader.set_library(library)
        self.search.set_library(library)
        if opened:
            self.reader.show_article(opened)
        if self.notes is not None:
            self.notes.refresh_marks()

    # --- notes: attached after the first paint --------------------------------------------
    def attach_notes(self, store: NotesStore | None, problem: str | None = None) -> None:
        """Wire bookmarks, notes and export to the store; without one, say why they are off."""
        if problem:
            self.window.messages.show_message(problem, level="warning", closable=store is not None)
        if store is None:
            return
        from expertreader.ui.controllers.notes import NotesController
        from expertreader.ui.wiring import notes_views

        self.store = store
        notes = NotesController(store, self.library, notes_views(self.window))
        self.notes = notes
        notes.marks_changed.connect(self.reader.model.set_marks)
        notes.marks_changed.connect(lambda *_ids: self.reader.refresh_bookmark_filter())
        notes.marks_changed.connect(lambda *_ids: self._publish_notes())
        notes.orphans_changed.connect(self.reader.set_orphans)
        self.reader.qa_shown.connect(notes.show_qa)
        self.window.close_guards.append(notes.may_close)
        self.window.closing.connect(notes.flush)
        notes.refresh_orphans(reopen_last=True)
        notes.refresh_marks()
        self._set_notes_enabled(True)
        notes.show_qa(self.reader.current_qa)
        self.attach_appointments()

    def attach_appointments(self) -> None:
        """My notes, appointment sheets and File > Print this answer (ui/appointments.py)."""
        from expertreader.ui.appointments import attach_appointments

        self.appointments = attach_appointments(self)

    def _publish_notes(self) -> None:
        """Search sees the notes as they are now (after every save, delete, undo, import)."""
        from expertreader.notes.errors import StoreError
        from expertreader.search.notes import note_rows

        if self.store is not None:
            with contextlib.suppress(StoreError):  # unreadable just now: the warning says so
                self.notes_feed.publish(note_rows(self.store.notes()))

    @property
    def exporting(self) -> ExportController:
        """Export, print and import, built the first time they are used."""
        if self._exporting is None:
            from expertreader.ui.controllers.exporting import ExportController

            assert self.store is not None and self.notes is not None
            notes = self.notes
            self._exporting = ExportController(
                self.library,
                self.store,
                self.window.messages,
                self.window,
                before=notes.flush,
                after_import=notes.refresh,
            )
        return self._exporting

    def _set_notes_enabled(self, enabled: bool) -> None:
        window = self.window
        window.notes.setEnabled(enabled)
        window.add_passage.setEnabled(enabled)
        for action in (
            window.bookmark_action,
            window.passage_action,
            window.note_action,
            window.bookmarks_only_action,
            window.export_action,
            window.print_action,
            window.import_action,
            window.versions_action,
            window.bin_action,
        ):
            action.setEnabled(enabled)

    def start_backups(self) -> None:
        """A verified backup at least once a day while the program is used; never blocks start."""
        timer = QTimer(self.window)
        timer.timeout.connect(self.backup_if_due)
        timer.start(self.BACKUP_CHECK_MS)
        QTimer.singleShot(2000, self.backup_if_due)

    def backup_if_due(self) -> None:
        if self.store is None:
            return
        from expertreader.notes import backup
        from expertreader.notes.errors import StoreError

        try:
            backup.backup_if_due(self.store)
        except StoreError as error:
            self.window.messages.show_message(
                QCoreApplication.translate(
                    "ExpertReaderUI", "The daily backup of your notes could not be made: {reason}"
                ).format(reason=error.message),
                level="warning",
            )

    def close_store(self) -> None:
        if hasattr(self, "search"):
            self.search.shutdown()
        if self.notes is not None:
            self.notes.flush()
        if self.store is not None:
            self.store.close()

    # --- window state ------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.geometry = self.window.saveGeometry()
        self.settings.splitter = self.window.split.saveState()
        self.settings.sync()

    def _report_content_problems(self) -> None:
        problems = self.library.problems
        if not problems:
            return
        from expertreader.ui.controllers.article_reports import ArticleReports

        text = ArticleReports().unopened_files(problems)
        self.window.messages.show_message(text, level="warning")

    def _about(self) -> None:
        inform(
            self.window,
            QCoreApplication.translate("ExpertReaderUI", "About {program}").format(
                program=APP_NAME
            ),
            QCoreApplication.translate(
                "ExpertReaderUI",
                "{program} {version}\n\nReads expert answers offline. Nothing you read or "
                "write leaves this computer.\n\nYour notes are kept in:\n{folder}",
            ).format(program=APP_NAME, version=__version__, folder=paths.data_dir()),
        )
