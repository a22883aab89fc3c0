"""The start-up baseline: the smallest PySide6 window, packaged exactly like ExpertReader.

``bench/startup.py`` compares our program against this. It mirrors ``expertreader --screenshot
PATH``: show the window, wait for its first paint, save a PNG of it, exit 0. With
``STARTUP_BENCH_FIRST_PAINT=1`` it also prints ``first-paint <time.monotonic()>`` to stderr when
the first paint has been handled, so the benchmark can time start-up without the PNG and exit.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    """Saves the window once its first paint has been delivered, then quits."""

    def __init__(self, window: QMainWindow, path: str) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._save)
        return False

    def _save(self) -> None:
        if os.environ.get("STARTUP_BENCH_FIRST_PAINT"):
            print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
        ok = self._window.grab().save(self._path, "PNG")
        QApplication.exit(0 if ok else 1)


def main(argv: list[str]) -> int:
    screenshot = None
    if len(argv) == 2 and argv[0] == "--screenshot":
        screenshot = argv[1]
    elif argv:
        print("usage: bare-window [--screenshot PATH]", file=sys.stderr)
        return 2
    app = QApplication([sys.argv[0]])
    app.setApplicationName("BareWindow")
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1120, 780)  # the size ExpertReader opens at
    if screenshot:
        window.installEventFilter(_FirstPaint(window, screenshot))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
