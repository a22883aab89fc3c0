"""Help > Keyboard shortcuts (F1): every key the window answers to, made from its menus' actions.

The list is built from the actions each time it opens, so it always says what the menus say;
the few keys that belong to a part of the window rather than to a menu (Tab, Enter, Escape...)
follow. Shown as a two-column list: arrow keys move through it, a screen reader reads each row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import plain_label
from expertreader.ui.views.screen_fit import FittedDialog
from expertreader.words import QT_TRANSLATE_NOOP

Row = tuple[str, str]  # keys, what they do
MOVING_AROUND = QT_TRANSLATE_NOOP("ShortcutsDialog", "Moving around")
WINDOW_KEYS: list[Row] = [
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the next or the previous part of the window"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Up, Down"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose a question in the list, or a search result"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chosen question or search result"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Right, Left"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open or close an article's questions in the list"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Down (in the search box)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the search results"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "Clear the search. From the answer, go back to the questions when they take turns",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+arrow keys"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Select words in the answer, to write a note on them"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the note you are writing in a note window"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape (in a window)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the window without saving"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt and a letter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a menu: the letter is underlined in its name"),
    ),
]
"""The keys of the window's parts, in English: the dialog shows them translated (key names
as Qt names them in that language, so they read like the menus' shortcuts)."""


def menu_rows(menus: list[QMenu]) -> list[tuple[str, list[Row]]]:
    """(menu title, rows) for every menu, with each action that has keys, in menu order."""
    sections = []
    for menu in menus:
        rows = list(_rows(menu))
        if rows:
            sections.append((_plain(menu.title()), rows))
    return sections


def _rows(menu: QMenu) -> list[Row]:
    rows: list[Row] = []
    for action in menu.actions():
        if action.menu() is not None:
            rows.extend(_rows(action.menu()))  # type: ignore[arg-type]
            continue
        shortcuts = action.shortcuts()
        keys = list(
            dict.fromkeys(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts)
        )
        if keys and not action.isSeparator():
            rows.append((", ".join(keys), _plain(action.text())))
    return rows


def _plain(text: str) -> str:
    """A menu text as read: no ``&`` marks, no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(FittedDialog):
    """Layout only: the keys, grouped by menu, then the keys of the window's parts."""

    def __init__(self, parent: QWidget | None, sections: list[tuple[str, list[Row]]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        intro = plain_label(
            self.tr("Keys you can use instead of the mouse. Press Escape to close this.")
        )
        self.keys = QTreeWidget()
        self.keys.setObjectName("shortcuts")
        self.keys.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.keys.setAccessibleDescription(self.tr("Each row: the keys, then what they do."))
        self.keys.setColumnCount(2)
        self.keys.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.keys.setWordWrap(True)
        self.keys.setUniformRowHeights(False)
        self.keys.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.keys.setRootIsDecorated(False)
        self.keys.setItemsExpandable(False)
        window_keys = [(self.tr(keys), self.tr(meaning)) for keys, meaning in WINDOW_KEYS]
        for title, rows in [*sections, (self.tr(MOVING_AROUND), window_keys)]:
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.keys.addTopLevelItem(group)
            for keys, meaning in rows:
                group.addChild(QTreeWidgetItem([keys, meaning]))
        self.keys.expandAll()
        self.keys.resizeColumnToContents(0)
        first = self.keys.topLevelItem(0)
        first_row = first.child(0) if first is not None else None
        if first_row is not None:
            self.keys.setCurrentItem(first_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the keyboard shortcuts"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keys, 1)
        layout.addWidget(buttons)
        letters = self.fontMetrics().averageCharWidth()
        self.resize(max(72 * letters, self._room_for_rows()), 40 * self.fontMetrics().lineSpacing())
        self.keys.setFocus()

    def _room_for_rows(self) -> int:
        """A width that shows every "what they do" on one line beside the widest keys (Spanish
        is longer); the screen fitting narrows it again on a small screen, where rows wrap."""
        metrics = self.keys.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(meaning) for _keys, meaning in self.rows()), default=0
        )
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        scroll_bar = self.keys.verticalScrollBar().sizeHint().width()
        padding = 4 * metrics.averageCharWidth()  # the cells' own padding and the frame
        return self.keys.columnWidth(0) + widest + scroll_bar + sides + padding

    def rows(self) -> list[Row]:
        """Every (keys, what they do) row shown, in order (for tests and checks)."""
        found = []
        for top in range(self.keys.topLevelItemCount()):
            group = self.keys.topLevelItem(top)
            assert group is not None
            for index in range(group.childCount()):
                child = group.child(index)
                assert child is not None
                found.append((child.text(0), child.text(1)))
        return found
