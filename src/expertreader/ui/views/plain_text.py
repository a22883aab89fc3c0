"""Labels that show text from articles, imports and notes as plain text, never as markup."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel

PLAIN_TEXT_FORMAT = 0  # Qt.TextFormat.PlainText


def plain_label(text: str = "", *, accessible_name: str | None = None) -> QLabel:
    """A word-wrapped label that shows ``text`` literally: ``<b>`` stays the three characters.

    Set through the property system with a plain int, so it works before the first paint, when
    PySide6's ``Qt`` enums must not be created yet (see main_window.py).
    """
    label = QLabel()
    make_plain(label)
    label.setWordWrap(True)
    label.setText(text)
    if accessible_name is not None:
        label.setAccessibleName(accessible_name)
    return label


def make_plain(label: QLabel) -> None:
    label.setProperty("textFormat", PLAIN_TEXT_FORMAT)


def plain_tooltip(text: str) -> str:
    """Tooltips guess at markup too: escaped inside a paragraph, any text shows literally."""
    return f"<p>{html.escape(text)}</p>"
