"""Builds the window and its controllers, shows it, and runs the event loop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from expertreader import APP_NAME, __version__, notes_io, paths
from expertreader.core import backup
from expertreader.core.library import Library, load_library
from expertreader.core.store import NotesStore, StoreError
from expertreader.crashlog import write_crash_log
from expertreader.ui.exporting import ExportController
from expertreader.ui.main_window import MainWindow
from expertreader.ui.notes import NotesController
from expertreader.ui.reader import ReaderController
from expertreader.ui.settings import Settings


class ExpertReaderUI:
    """The window plus the controllers that wire it to the content, notes and settings."""

    BACKUP_CHECK_MS = 60 * 60 * 1000

    def __init__(
        self,
        library: Library,
        store: NotesStore | None,
        settings: Settings | None = None,
        remember_window: bool = True,
    ) -> None:
        self.library = library
        self.store = store
        self.settings = settings or Settings()
        self.window = MainWindow()
        self.reader = ReaderController(self.window, library, self.settings)
        self.notes = NotesController(self.window, self.reader, store) if store else None
        self.exporting = (
            ExportController(self.window, library, store, self.notes)
            if store and self.notes
            else None
        )
        if store is None:
            self.window.notes.setEnabled(False)
            self.window.add_passage.setEnabled(False)
            for action in (
                self.window.bookmark_action,
                self.window.passage_action,
                self.window.export_action,
                self.window.print_action,
                self.window.import_action,
            ):
                action.setEnabled(False)
        self.window.quit_action.triggered.connect(self.window.close)
        self.window.about_action.triggered.connect(self._about)
        if remember_window:  # a screenshot shows the default layout and changes nothing
            self.window.closing.connect(self.save_state)
            self._restore_state()
        self._report_content_problems()
        self.reader.restore_last()

    def _restore_state(self) -> None:
        if (geometry := self.settings.geometry) is not None:
            self.window.restoreGeometry(geometry)
        if (splitter := self.settings.splitter) is not None:
            self.window.split.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.geometry = self.window.saveGeometry()
        self.settings.splitter = self.window.split.saveState()
        self.settings.sync()

    def start_backups(self) -> None:
        """A verified backup at least once a day while the program is used; never blocks start."""
        timer = QTimer(self.window)
        timer.timeout.connect(self.backup_if_due)
        timer.start(self.BACKUP_CHECK_MS)
        QTimer.singleShot(2000, self.backup_if_due)

    def backup_if_due(self) -> None:
        if self.store is None:
            return
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
    app.setStyle("Fusion")


def run_gui(screenshot: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    store, problem = open_notes()
    ui = ExpertReaderUI(load_library(paths.content_dir()), store, remember_window=not screenshot)
    if problem:
        ui.window.messages.show_message(problem, level="warning", closable=store is not None)
    try:
        if screenshot:
            return take_screenshot(ui.window, Path(screenshot))
        sys.excepthook = _show_unexpected_error
        ui.window.show()
        QTimer.singleShot(0, _set_window_icon)
        ui.start_backups()
        return app.exec()
    finally:
        ui.close_store()


def open_notes() -> tuple[NotesStore | None, str | None]:
    """Open the notes store, repairing it if needed; a message for the person when it matters."""
    try:
        return notes_io.open_store()
    except (StoreError, OSError) as error:
        reason = error.message if isinstance(error, StoreError) else str(error)
        return None, (
            f"Your notes cannot be opened ({reason}), so bookmarks and notes are switched off "
            f"for now. Nothing has been changed or deleted. Notes folder: {paths.data_dir()}"
        )


def take_screenshot(window: MainWindow, target: Path) -> int:
    """Show the window, wait for its first paint, save it as PNG, and report success."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    result = {"code": 1}

    def capture() -> None:
        if window.grab().save(str(target), "PNG"):
            result["code"] = 0
        else:
            print(f"{target}: the screenshot could not be saved", file=sys.stderr)
        app.quit()

    waiter = _FirstPaint(capture)
    window.installEventFilter(waiter)
    window.show()
    QTimer.singleShot(10_000, app.quit)  # never hang if no paint arrives
    app.exec()
    return result["code"]


class _FirstPaint(QObject):
    """Calls back once, after the window's first paint has been handled."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
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
