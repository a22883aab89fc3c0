"""Messages that sit under the disclaimer: problems that persist, and short-lived notices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class MessageBar(QFrame):
    """One message: text, an optional action button, and a close button unless it must stay."""

    dismissed = Signal()

    def __init__(
        self,
        text: str,
        level: str = "info",
        action: tuple[str, Callable[[], None]] | None = None,
        closable: bool = True,
    ) -> None:
        from PySide6.QtCore import Qt  # bars appear after the first paint (see main_window.py)

        super().__init__()
        self.setProperty("level", level)
        self.setAccessibleName("Warning" if level == "warning" else "Notice")
        self.setAccessibleDescription(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        self.action_button: QPushButton | None = None
        if action is not None:
            caption, callback = action
            self.action_button = QPushButton(caption)
            self.action_button.setAccessibleName(caption)
            self.action_button.clicked.connect(callback)
            self.action_button.clicked.connect(self.dismiss)
            layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        if closable:
            close = QPushButton("Dismiss")
            close.setAccessibleName("Dismiss this message")
            close.clicked.connect(self.dismiss)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class MessageArea(QScrollArea):
    """A column of MessageBars that scrolls when there are many, so reading room is never lost.

    Transient bars remove themselves after a while; the area hides when it has none.
    """

    TRANSIENT_MS = 10_000

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Messages")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._column = QWidget()
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.setWidget(self._column)
        self._limit = 160
        self.hide()

    def set_height_limit(self, pixels: int) -> None:
        """The most height the messages may take before they scroll."""
        self._limit = max(pixels, 2 * self.fontMetrics().lineSpacing())
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.viewport().width() or self.width()
        content = self._layout.heightForWidth(width)  # wrapped text, at the width it has
        if content < 0:
            content = self._column.sizeHint().height()
        return QSize(super().sizeHint().width(), min(content, self._limit))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def show_message(
        self,
        text: str,
        level: str = "info",
        action: tuple[str, Callable[[], None]] | None = None,
        transient: bool = False,
        closable: bool = True,
    ) -> MessageBar:
        bar = MessageBar(text, level, action, closable)
        bar.dismissed.connect(self._refresh)
        self._layout.addWidget(bar)
        bar.show()  # children added to a window already on screen start hidden
        self._refresh()
        if transient:
            QTimer.singleShot(self.TRANSIENT_MS, bar, bar.dismiss)
        return bar

    def messages(self) -> list[MessageBar]:
        return [bar for bar in self._column.findChildren(MessageBar) if not bar.isHidden()]

    def _refresh(self) -> None:
        self.setVisible(bool(self.messages()))
        self.updateGeometry()
