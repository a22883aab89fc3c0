"""Builds the window, shows it, then attaches notes; runs the event loop.

Start-up is staged so the reader sees the article at once: the first paint needs only the
content and the reading widgets; the notes store, backups and export code load right after it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from expertreader import APP_NAME, __version__, paths
from expertreader.content.library import Library, load_library
from expertreader.crashlog import write_crash_log
from expertreader.ui import style
from expertreader.ui.controllers.header import show_header
from expertreader.ui.settings import Settings
from expertreader.ui.views.main_window import MainWindow

if TYPE_CHECKING:
    from expertreader.instance_lock import InstanceLock
    from expertreader.notes.store import NotesStore
    from expertreader.ui.controllers.exporting import ExportController
    from expertreader.ui.controllers.notes import NotesController
    from expertreader.ui.controllers.reader import ReaderController

FIRST_PAINT_ENV = "STARTUP_BENCH_FIRST_PAINT"  # bench/startup.py reads the times printed


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
        style.apply_text_size(self.settings.point_size)  # before any widget: polished once
        self.window = MainWindow()
        found = library.find(self.settings.last_qa)
        show_header(
            self.window, found[0] if found else library.articles[0] if library.articles else None
        )
        if remember_window and (geometry := self.settings.geometry) is not None:
            self.window.restoreGeometry(geometry)
        if not staged:
            self.build_body()

    def build_body(self) -> None:
        """The question list, the answer and every action, wired to the reader."""
        from expertreader.ui.controllers.reader import ReaderController

        window = self.window
        window.build_body()
        self.reader: ReaderController = ReaderController(window, self.library, self.settings)
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
        self._report_content_problems()
        self.reader.restore_last()

    # --- notes: attached after the first paint --------------------------------------------
    def attach_notes(self, store: NotesStore | None, problem: str | None = None) -> None:
        """Wire bookmarks, notes and export to the store; without one, say why they are off."""
        if problem:
            self.window.messages.show_message(problem, level="warning", closable=store is not None)
        if store is None:
            return
        from expertreader.ui.controllers.notes import NotesController

        self.store = store
        self.notes = NotesController(self.window, self.reader, store)
        self._set_notes_enabled(True)
        self.notes.show_qa(self.reader.current_qa)

    @property
    def exporting(self) -> ExportController:
        """Export, print and import, built the first time they are used."""
        if self._exporting is None:
            from expertreader.ui.controllers.exporting import ExportController

            assert self.store is not None and self.notes is not None
            self._exporting = ExportController(self.window, self.library, self.store, self.notes)
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
                f"The daily backup of your notes could not be made: {error.message}",
                level="warning",
            )

    def close_store(self) -> None:
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
        lines = [f"{Path(p.path).name}, line {p.line}: {p.message}" for p in problems]
        count = len(problems)
        text = (
            f"{count} article file{'s' if count > 1 else ''} could not be opened and "
            f"{'were' if count > 1 else 'was'} skipped: " + "; ".join(lines)
        )
        self.window.messages.show_message(text, level="warning")

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nReads expert answers offline. Nothing you read or "
            f"write leaves this computer.\n\nYour notes are kept in:\n{paths.data_dir()}",
        )


def configure_application(app: QApplication) -> None:
    """Names, look and crash handling shared by the program and its tests."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName("expertreader")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        # Qt's own settings (the file dialog's recent folders) stay in the data folder too.
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(paths.data_dir()))


def open_notes() -> tuple[NotesStore | None, str | None]:
    """Open the notes store, repairing it if needed; a message for the person when it matters."""
    from expertreader.notes.errors import StoreError
    from expertreader.notes.opening import open_store

    try:
        return open_store()
    except (StoreError, OSError) as error:
        reason = error.message if isinstance(error, StoreError) else str(error)
        return None, (
            f"Your notes cannot be opened ({reason}), so bookmarks and notes are switched off "
            f"for now. Nothing has been changed or deleted. Notes folder: {paths.data_dir()}"
        )


def run_gui(screenshot: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    lock = None
    if not screenshot:  # a screenshot only reads; everything else is one window per folder
        from expertreader import instance_lock

        lock = instance_lock.acquire()
        if lock.busy and not _may_open_anyway(lock):
            return 0
    library = load_library(paths.content_dir())
    ui = ExpertReaderUI(library, remember_window=not screenshot, staged=True)
    result = {"code": 0}

    def after_first_paint() -> None:
        if os.environ.get(FIRST_PAINT_ENV):
            print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
        ui.build_body()
        ui.attach_notes(*open_notes())
        if os.environ.get(FIRST_PAINT_ENV):
            print(f"ready {time.monotonic():.6f}", file=sys.stderr, flush=True)
        if screenshot:
            QTimer.singleShot(0, capture)  # after the notes have been painted too
        else:
            _set_window_icon()
            ui.start_backups()

    def capture() -> None:
        target = Path(str(screenshot))
        if not ui.window.grab().save(str(target), "PNG"):
            print(f"{target}: the screenshot could not be saved", file=sys.stderr)
            result["code"] = 1
        app.quit()

    waiter = _FirstPaint(after_first_paint)
    ui.window.installEventFilter(waiter)
    if screenshot:
        QTimer.singleShot(10_000, app.quit)  # never hang if no paint arrives
    else:
        sys.excepthook = _show_unexpected_error
    ui.window.show()
    try:
        app.exec()
    finally:
        ui.close_store()
        if lock is not None:
            lock.release()
    return result["code"] if waiter.done or not screenshot else 1


def _may_open_anyway(lock: InstanceLock) -> bool:
    """Another instance holds the notes: say so; offer to go on if it is on another computer."""
    style.apply_text_size(Settings(persist=False).point_size)  # a readable message
    if not lock.elsewhere:
        QMessageBox.information(
            None,
            APP_NAME,
            "ExpertReader is already open. Look for its window on your screen or taskbar.",
        )
        return False
    answer = QMessageBox.question(
        None,
        APP_NAME,
        f"Your notes folder says ExpertReader is open on another computer ({lock.owner_host}).\n\n"
        "If it is not open there any more (for example, the folder was copied or is on a USB "
        "stick), you can open it here. If it is still open there, close it first, or notes "
        "written in one place may overwrite the other.",
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open and lock.take_over()


class _FirstPaint(QObject):
    """Calls back once, right after the window's first paint has been handled."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._callback)
        return False


def _set_window_icon() -> None:
    """Loaded after the first paint: the icon is not needed to start reading."""
    from PySide6.QtGui import QIcon

    icon = paths.icon_file()
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))


def _show_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Qt slots that raise end here: log it, tell the person calmly, keep running."""
    where = write_crash_log(error.with_traceback(trace))
    QMessageBox.warning(
        None,
        APP_NAME,
        "Something went wrong, but your saved notes are safe.\n\n"
        f"{error}\n\nDetails were written to {where}.",
        QMessageBox.StandardButton.Ok,
    )
    del kind
