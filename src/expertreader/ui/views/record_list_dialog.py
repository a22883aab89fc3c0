"""A list of things to bring back, with the chosen one shown in full and a Restore button.

Used for "Earlier versions of this note" and "Recently deleted". Keyboard first: the list has
focus, Up/Down choose, Enter restores, Escape closes. Text is plain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import plain_label
from expertreader.ui.views.screen_fit import FittedDialog

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordListDialog(FittedDialog):
    """Layout only. ``restore_requested`` carries the chosen entry's key."""

    restore_requested = Signal(object)

    def __init__(
        self, parent: QWidget | None, title: str, intro: str, restore_caption: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro = plain_label(intro, accessible_name=intro)
        self.entries = QListWidget()
        self.entries.setObjectName("entries")
        self.entries.setAccessibleName(title)
        self.entries.setAccessibleDescription(
            self.tr("Up and Down choose one; it shows in full below. Enter brings it back.")
        )
        self.entries.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("The chosen entry in full"))
        self.preview.setAccessibleDescription(self.tr("Read only. Tab goes on to the buttons."))
        caption = QLabel(self.tr("In full:"))
        caption.setBuddy(self.preview)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.entries)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addWidget(self.preview)
        split.addWidget(holder)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(restore_caption)
        self.restore_button.setAccessibleName(restore_caption)
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._request_restore)
        self.entries.itemActivated.connect(lambda _item: self._request_restore())
        self.entries.currentItemChanged.connect(self._show_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def set_entries(self, entries: list[tuple[object, str, str]]) -> None:
        """(key, one-line summary, full text) for each entry, in the order to show them."""
        self.entries.clear()
        for key, summary, full in entries:
            item = QListWidgetItem(summary)
            item.setData(ENTRY_ROLE, (key, full))
            self.entries.addItem(item)
        if entries:
            self.entries.setCurrentRow(0)
        else:
            self.preview.setPlainText("")
        self.restore_button.setEnabled(bool(entries))
        self.entries.setFocus()

    def chosen_key(self) -> object | None:
        item = self.entries.currentItem()
        return item.data(ENTRY_ROLE)[0] if item is not None else None

    def _show_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.preview.setPlainText(item.data(ENTRY_ROLE)[1] if item is not None else "")

    def _request_restore(self) -> None:
        key = self.chosen_key()
        if key is not None:
            self.restore_requested.emit(key)
