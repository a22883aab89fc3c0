"""The search box: its grey hint is the longest of a few wordings that fits, never cut short."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLineEdit

from expertreader import words

HINTS = (
    words.QT_TRANSLATE_NOOP("SearchField", "Search questions, answers and your notes"),
    words.QT_TRANSLATE_NOOP("SearchField", "Search answers and notes"),
    words.QT_TRANSLATE_NOOP("SearchField", "Search"),
)
"""Longest first, in English; shown in the window's language."""


def hint_room(field: QLineEdit) -> int:
    """Width the hint may take: the field less its frame, margins and the clear button."""
    margins = field.textMargins()
    return field.width() - margins.left() - margins.right() - field.height() - 16


class SearchField(QLineEdit):
    """A line edit whose placeholder follows its width (the accessible name keeps it all)."""

    def __init__(self, hints: tuple[str, ...] = HINTS) -> None:
        super().__init__()
        hints = tuple(QCoreApplication.translate("SearchField", hint) for hint in hints)
        self._hints = hints
        self.setPlaceholderText(hints[0])
        self.setAccessibleName(hints[0])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_hint()

    def fit_hint(self) -> None:
        room, metrics = hint_room(self), self.fontMetrics()
        fitting = [hint for hint in self._hints if metrics.horizontalAdvance(hint) <= room]
        chosen = fitting[0] if fitting else self._hints[-1]
        if chosen != self.placeholderText():
            self.setPlaceholderText(chosen)
