"""Start the window: one per notes folder, painted at once, then everything else; run it.

The first paint shows the article's title and disclaimer (``ExpertReaderUI`` in staged mode);
right after it the body is built and the notes are opened. A crash of the last session is
reported calmly, with when the last note was saved. Every unexpected error is logged and told
in one calm message, and the program keeps running.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from expertreader import APP_NAME, __version__, crashlog, paths, words
from expertreader.content.library import load_library
from expertreader.ui import i18n, style
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.settings import Settings
from expertreader.ui.views.dialogs import message_box

if TYPE_CHECKING:
    from expertreader.instance_lock import InstanceLock
    from expertreader.notes.store import NotesStore

FIRST_PAINT_ENV = "STARTUP_BENCH_FIRST_PAINT"  # bench/startup.py reads the times printed
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".bmp": "BMP"}


class NoDisplayError(Exception):
    """There is no screen to open the window on: one clear line, exit 2."""


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
    paths.make_private_file(paths.qt_settings_file())  # the folders a person opened


def check_display() -> None:
    """Qt aborts with pages of output when there is no display: say it in one line instead."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        words.use_system_language()  # no Qt yet: in the system's language, as the commands speak
        raise NoDisplayError(
            words.translate(
                "Startup",
                "ExpertReader needs a screen to open its window, and none was found (DISPLAY is "
                "not set). The commands parse, check, search, export and import work without one.",
            )
        )


def open_notes() -> tuple[NotesStore | None, str | None]:
    """Open the notes store, repairing it if needed; a message for the person when it matters."""
    from expertreader.notes.errors import StoreError
    from expertreader.notes.opening import open_store

    try:
        return open_store()
    except (StoreError, OSError) as error:
        if isinstance(error, StoreError):
            reason = error.message
        else:
            reason = paths.describe_folder_problem(paths.data_dir(), error)
        return None, QCoreApplication.translate(
            "Startup",
            "Your notes cannot be opened: {reason} Bookmarks and notes are switched off for "
            "now. Nothing has been changed or deleted. Notes folder: {folder}",
        ).format(reason=reason, folder=paths.data_dir())


def run_gui(screenshot: str | None = None) -> int:
    check_display()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    lock = None
    crashed = False
    if not screenshot:  # a screenshot only reads; everything else is one window per folder
        from expertreader import instance_lock

        lock = instance_lock.acquire()
        if lock.busy and not _may_open_anyway(lock):
            return 0
        crashed = crashlog.start_session()
    library = load_library(paths.content_dir())
    ui = ExpertReaderUI(library, remember_window=not screenshot, staged=True)
    result = {"code": 0}

    def after_first_paint() -> None:
        if os.environ.get(FIRST_PAINT_ENV):
            print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
        ui.build_body()
        ui.attach_notes(*open_notes())
        if crashed:
            _report_last_crash(ui)
        QTimer.singleShot(0, lambda: _focus_on_the_questions(ui))  # after what start-up showed
        if os.environ.get(FIRST_PAINT_ENV):
            print(f"ready {time.monotonic():.6f}", file=sys.stderr, flush=True)
        if screenshot:
            QTimer.singleShot(0, capture)  # after the notes have been painted too
        else:
            _set_window_icon()
            ui.start_backups()

    def capture() -> None:
        target = Path(str(screenshot))
        image_format = IMAGE_FORMATS.get(target.suffix.lower(), "PNG")
        if not ui.window.grab().save(str(target), image_format):
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
            crashlog.end_session()
            lock.release()
    return result["code"] if waiter.done or not screenshot else 1


def _focus_on_the_questions(ui: ExpertReaderUI) -> None:
    """Reading starts in the list: never on a message's button (Enter there would dismiss a
    hint for good), nor on nothing."""
    focus = QApplication.focusWidget()
    if focus is None or ui.window.messages.isAncestorOf(focus):
        ui.window.questions.setFocus()


def _report_last_crash(ui: ExpertReaderUI) -> None:
    """The last session ended without closing: say so, and that the notes are safe."""
    from expertreader.dates import format_datetime

    last = ""
    if ui.store is not None:
        try:
            notes = ui.store.notes()
        except Exception:
            notes = []
        if notes:
            newest = max(note.modified for note in notes)
            last = QCoreApplication.translate(
                "Startup", " The last note you wrote was saved on {when}."
            ).format(when=format_datetime(newest.astimezone()))
    ui.window.messages.show_message(
        QCoreApplication.translate(
            "Startup",
            "ExpertReader closed unexpectedly last time. Your notes are safe: everything you saw "
            "as saved is kept.{last} Details for the developers are in {file}.",
        ).format(last=last, file=paths.log_file()),
        level="info",
    )


def _may_open_anyway(lock: InstanceLock) -> bool:
    """Another instance holds the notes: say so; offer to go on if it is on another computer."""
    shown = Settings(persist=False)
    i18n.install(shown.language)
    style.apply(shown.theme, shown.point_size)  # a readable message
    if not lock.elsewhere:
        message_box(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "Startup",
                "ExpertReader is already open. Look for its window on your screen or taskbar.",
            ),
        ).exec()
        return False
    buttons = QMessageBox.StandardButton
    answer = message_box(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "Startup",
            "Your notes folder says ExpertReader is open on another computer ({host}).\n\n"
            "If it is not open there any more (for example, the folder was copied or is on a USB "
            "stick), you can open it here. If it is still open there, close it first, or notes "
            "written in one place may overwrite the other.",
        ).format(host=lock.owner_host),
        icon=QMessageBox.Icon.Question,
        buttons=buttons.Open | buttons.Cancel,
        default=buttons.Cancel,
    ).exec()
    return answer == buttons.Open and lock.take_over()


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
    where = crashlog.write_crash_log(error.with_traceback(trace))
    message_box(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "Startup",
            "Something went wrong, but your saved notes are safe.\n\n"
            "{error}\n\nDetails were written to {where}.",
        ).format(error=error, where=where),
        icon=QMessageBox.Icon.Warning,
    ).exec()
    del kind
