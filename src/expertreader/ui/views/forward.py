"""Bringing a window of ours to the front (My notes, the sheets window, the reader)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top and give it the keyboard.

    The offscreen platform (tests, screenshots) has no stacking order and warns on ``raise_``.
    """
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()
