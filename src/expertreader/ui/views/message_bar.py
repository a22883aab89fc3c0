"""Messages at the bottom of the window, in a line of fixed height: nothing else ever moves.

The newest message is shown; older ones that still matter (a warning that lasts) come back when
it goes, and "All messages" lists every current one. Text is always plain (a file name or an
article title can never become markup), and every new message is announced to screen readers.
Nothing depends on catching a button in time: what a message offers (Undo) is also in the menus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import plain_label

LINES_SHOWN = 2
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus, as a plain int: the line is built before the first paint
TEXT_LETTERS = 24  # narrower than this beside its buttons, a message puts them under it
BUTTON_LETTERS = 36  # room kept for a message's buttons when sizing the line


class MessageBar(QFrame):
    """One message: its text, an optional action button, and a close button unless it must stay."""

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
        self.level = level
        self.transient = False
        self.setAccessibleName(self.tr("Warning") if level == "warning" else self.tr("Notice"))
        self.setAccessibleDescription(text)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(text)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(12, 4, 6, 4)
        self._layout.addWidget(self.label, 1)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._layout.addLayout(self._buttons)
        self.action_button: QPushButton | None = None
        if action is not None:
            caption, callback = action
            self.action_button = QPushButton(caption)
            self.action_button.setAccessibleName(caption)
            self.action_button.clicked.connect(callback)
            self.action_button.clicked.connect(self.dismiss)
            self._buttons.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button: QPushButton | None = None
        if closable:
            self.close_button = QPushButton(self.tr("Dismiss"))
            self.close_button.setAccessibleName(self.tr("Dismiss this message"))
            self.close_button.clicked.connect(self.dismiss)
            self._buttons.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.gone = False
        self.had_focus = False  # when dismissed: whether one of its buttons had the focus

    def buttons(self) -> list[QPushButton]:
        return [b for b in (self.action_button, self.close_button) if b is not None]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Buttons beside the text when there is room for it, else on a row under it."""
        super().resizeEvent(event)
        spacing = self._layout.spacing()
        buttons = sum(b.sizeHint().width() + spacing for b in self.buttons())
        room = event.size().width() - buttons - 24
        letters = TEXT_LETTERS * self.fontMetrics().averageCharWidth()
        narrow = bool(self.buttons()) and room < letters
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    @property
    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)

    def dismiss(self) -> None:
        if self.gone:
            return
        focus = QApplication.focusWidget()
        self.had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        self.gone = True
        self.hide()
        self.dismissed.emit()


class CurrentMessage(QStackedWidget):
    """The messages, one shown: as tall as the one shown, not as the tallest of them (a long
    message waiting behind would push a short one's text out of the line's view)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        shown = self.currentWidget()
        if shown is None:
            return 0
        if shown.hasHeightForWidth():
            return shown.heightForWidth(width)
        return shown.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As wide as the shown message's buttons need; its height comes from its width."""
        shown = self.currentWidget()
        return QSize(shown.minimumSizeHint().width() if shown is not None else 0, 0)


class MessageArea(QFrame):
    """The message line: the newest current message, a fixed height, and 'All messages'."""

    TRANSIENT_MS = 10_000

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("messages")
        self.setAccessibleName(self.tr("Messages"))
        self._bars: list[MessageBar] = []
        self._was_narrow = False
        self.return_focus: QWidget | None = None
        """Where the focus goes when a message goes while one of its buttons has it."""
        self._stack = CurrentMessage()
        self._empty = QLabel("")
        self._empty.setAccessibleName(self.tr("No messages"))
        self._stack.addWidget(self._empty)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setProperty("focusPolicy", NO_FOCUS)  # its buttons take the focus, not it
        self._scroll.setWidget(self._stack)
        self.all_button = QPushButton(self.tr("All messages"))
        self.all_button.setAccessibleName(self.tr("Show all messages"))
        self.all_button.clicked.connect(self.show_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.all_button)
        self._refresh()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Two lines of text; in a narrow line, one line with a row of buttons under it."""
        line = self.fontMetrics().lineSpacing()
        button = self.all_button.sizeHint().height()
        height = max(line * LINES_SHOWN + 16, button + 16)
        if self._narrow():
            height = max(height, line + button + 22)
        return QSize(super().sizeHint().width(), height)

    def _narrow(self) -> bool:
        """Too narrow for a message's text beside its buttons (see ``MessageBar``)."""
        letters = TEXT_LETTERS + BUTTON_LETTERS
        return self.width() < letters * self.fontMetrics().averageCharWidth()

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
        if transient:  # only the newest passing notice matters; older ones go (bounded memory)
            for older in self.messages():
                if older.transient:
                    older.dismiss()
        bar = MessageBar(text, level, action, closable)
        bar.transient = transient
        bar.dismissed.connect(self._refresh)
        bar.dismissed.connect(lambda: self._give_focus_back(bar))
        self._bars.append(bar)
        self._stack.addWidget(bar)
        if bar.buttons():  # Tab reaches its buttons, then "All messages" to their right
            QWidget.setTabOrder(bar.buttons()[-1], self.all_button)
        if transient:
            QTimer.singleShot(self.TRANSIENT_MS, bar, bar.dismiss)
        self._refresh()
        self._announce(text)
        return bar

    def messages(self) -> list[MessageBar]:
        """Current messages, oldest first."""
        return [bar for bar in self._bars if not bar.gone]

    def current(self) -> MessageBar | None:
        shown = self._stack.currentWidget()
        return shown if isinstance(shown, MessageBar) else None

    def show_all(self) -> None:
        """Every current message, in full, in a dialog (read by keyboard and screen reader)."""
        self.exec_dialog(self.all_messages_dialog())

    def all_messages_dialog(self) -> QDialog:
        from expertreader.ui.views.screen_fit import FittedDialog  # needs the Qt enums

        dialog = FittedDialog(self.window())  # many long messages scroll inside it
        dialog.setWindowTitle(self.tr("Messages"))
        dialog.setAccessibleName(self.tr("All messages"))
        column = QVBoxLayout(dialog)
        for bar in reversed(self.messages()):
            warning = bar.level == "warning"
            line = plain_label(
                self.tr("Warning: {text}").format(text=bar.text) if warning else bar.text
            )
            line.setAccessibleName(bar.text)
            column.addWidget(line)
        if not self.messages():
            column.addWidget(QLabel(self.tr("There are no messages.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        column.addWidget(buttons)
        return dialog

    def exec_dialog(self, dialog: QDialog) -> None:
        """Replaceable in tests, so that none waits on a modal dialog."""
        dialog.exec()

    def _refresh(self) -> None:
        """Show the newest transient message, else the newest that lasts; drop finished ones."""
        for bar in [bar for bar in self._bars if bar.gone]:
            self._bars.remove(bar)
            self._stack.removeWidget(bar)
            bar.deleteLater()
        current = self.messages()
        chosen = next((b for b in reversed(current) if b.transient), None)
        chosen = chosen or (current[-1] if current else None)
        self._stack.setCurrentWidget(chosen or self._empty)
        self._stack.updateGeometry()  # its height is the shown message's
        count = len(current)
        self.all_button.setText(
            self.tr("All messages ({count})").format(count=count)
            if count > 1
            else self.tr("All messages")
        )
        self.all_button.setVisible(count > 1 or self._cut_off())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._narrow() != self._was_narrow:
            self._was_narrow = self._narrow()
            self.updateGeometry()
        if len(self.messages()) == 1:
            self.all_button.setVisible(self._cut_off())

    def _give_focus_back(self, bar: MessageBar) -> None:
        """A button that had the focus is gone: the focus never stays on nothing."""
        if bar.had_focus and self.return_focus is not None and self.return_focus.isVisible():
            self.return_focus.setFocus()

    def _cut_off(self) -> bool:
        """Whether the message shown is taller than the line ("All messages" then shows it)."""
        bar = self.current()
        if bar is None:
            return False
        viewport = self._scroll.viewport()
        return bar.heightForWidth(viewport.width()) > viewport.height()

    def _announce(self, text: str) -> None:
        """Screen readers say new messages ("Saved", "Bookmark removed", problems) at once."""
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
