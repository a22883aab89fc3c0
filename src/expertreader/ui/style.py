"""The calm default look: large type, high contrast, soft colours. One place to change it."""

from __future__ import annotations

BASE_POINT_SIZE = 13
MIN_POINT_SIZE = 10
MAX_POINT_SIZE = 24
READING_MARGIN = 18

TEXT = "#1d232a"
BACKGROUND = "#fbfaf7"
PANEL = "#f2efe8"
ACCENT = "#1f5f8b"
EDITORIAL = "#6b4c93"
MUTED = "#4a525a"
HIGHLIGHT = "#fbe7a1"
HIGHLIGHT_CURRENT = "#f4c542"
BANNER_BACKGROUND = "#fff3d1"
BANNER_BORDER = "#d9a426"
BANNER_TEXT = "#3b2a00"
WARNING_BACKGROUND = "#fde2e1"
WARNING_BORDER = "#c0392b"
INFO_BACKGROUND = "#e3f0fa"
INFO_BORDER = "#1f5f8b"


def stylesheet(point_size: int) -> str:
    """The whole look, at the reader's chosen text size."""
    return f"""
QWidget {{ font-size: {point_size}pt; }}
QLabel#articleTitle {{ font-size: {point_size + 4}pt; }}
QTextBrowser {{ font-size: {point_size + 2}pt; }}
QMainWindow, QWidget#central {{ background: {BACKGROUND}; color: {TEXT}; }}
QTextBrowser, QPlainTextEdit, QTreeView, QLineEdit, QListWidget {{
    background: white; color: {TEXT}; border: 1px solid #cfcac0; border-radius: 4px;
    selection-background-color: {ACCENT}; selection-color: white;
}}
QTreeView::item {{ padding: 6px 2px; }}
QLabel#articleTitle {{ font-weight: bold; color: {TEXT}; }}
QLabel#articleMeta {{ color: #4a525a; }}
QFrame#disclaimer {{
    background: {BANNER_BACKGROUND}; border: 1px solid {BANNER_BORDER}; border-radius: 4px;
}}
QFrame#disclaimer QLabel {{ color: {BANNER_TEXT}; background: transparent; border: none; }}
QFrame[level="warning"] {{
    background: {WARNING_BACKGROUND}; border: 1px solid {WARNING_BORDER}; border-radius: 4px;
}}
QFrame[level="info"] {{
    background: {INFO_BACKGROUND}; border: 1px solid {INFO_BORDER}; border-radius: 4px;
}}
QFrame[level] QLabel {{ background: transparent; border: none; color: {TEXT}; }}
QPushButton, QToolButton {{ padding: 4px 10px; }}
"""


def apply_text_size(point_size: int) -> None:
    """Restyle the application at this text size (a no-op when it already has it)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = stylesheet(point_size)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
