"""Dialogs that fit the screen at every text size: what does not fit scrolls inside the dialog.

``fit_to_screen(dialog)`` before ``exec``: the dialog is sized to its contents but never beyond
the screen's free area (a 1366×768 laptop keeps its title bar and panel in view); when its
contents need more height, everything but the row of buttons moves into a scroll area, so Save,
Cancel and OK stay in view. A ``QMessageBox`` sizes itself when shown, so for one its text goes
into the scroll area. Dialogs of this package call it from ``showEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAME = QSize(16, 48)  # the window frame and title bar a desktop adds around a dialog
WIDTH_LETTERS = 60  # a dialog is no wider than this many average letters unless it must be
SCROLLED = "fittedScroll"  # object name of the scroll area made here


def available_size(widget: QWidget) -> QSize:
    """The largest outer size a dialog may take on the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fit_to_screen(dialog: QDialog) -> None:
    """Size ``dialog`` to its contents within the screen; scroll what does not fit.

    A size the dialog was given (``resize``) is kept where the screen has room for it.
    """
    limit = available_size(dialog)
    if isinstance(dialog, QMessageBox):
        _fit_message_box(dialog, limit)
        return
    layout = dialog.layout()
    if layout is None:
        dialog.setMaximumSize(limit)
        return
    given = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else QSize(0, 0)
    preferred = min(WIDTH_LETTERS * dialog.fontMetrics().averageCharWidth(), limit.width())
    width = max(dialog.sizeHint().width(), preferred, given.width())
    width = min(max(width, dialog.minimumSizeHint().width()), limit.width())
    if _height(dialog, width) > limit.height():
        _scroll_contents(dialog, layout)
    dialog.setMaximumSize(limit)
    height = min(max(_height(dialog, width), given.height()), limit.height())
    dialog.resize(width, height)


def _height(dialog: QDialog, width: int) -> int:
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return dialog.sizeHint().height()


def _scroll_contents(dialog: QDialog, layout: QLayout) -> None:
    """Move every item but the button rows into a scroll area that takes their place."""
    if dialog.findChild(QScrollArea, SCROLLED) is not None or not isinstance(layout, QBoxLayout):
        return
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    kept: list[QWidget] = []
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if isinstance(widget, QDialogButtonBox):
            kept.append(widget)
        elif widget is not None:
            column.addWidget(widget)
        elif inner is not None:
            inner.setParent(None)
            column.addLayout(inner)
        else:
            column.addItem(item)
    scroll = _scroll_area(content, dialog.accessibleName() or dialog.windowTitle())
    layout.addWidget(scroll, 1)
    for widget in kept:
        layout.addWidget(widget)


def _scroll_area(content: QWidget, name: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(SCROLLED)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    scroll.setAccessibleDescription(
        QCoreApplication.translate("FittedDialog", "Scroll with the arrow keys to read all of it.")
    )
    scroll.setWidget(content)
    return scroll


def _fit_message_box(box: QMessageBox, limit: QSize) -> None:
    """A message box's text in a scroll area no taller than the screen leaves room for."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    grid = box.layout()
    if label is None or not isinstance(grid, QGridLayout) or box.findChild(QScrollArea, SCROLLED):
        return
    buttons = box.findChild(QDialogButtonBox)
    reserved = (buttons.sizeHint().height() if buttons else 0) + 4 * box.fontMetrics().height()
    width = min(limit.width() - 2 * box.fontMetrics().averageCharWidth(), label.sizeHint().width())
    label.setWordWrap(True)
    if label.heightForWidth(width) <= limit.height() - reserved:
        return
    index = grid.indexOf(label)
    position: tuple[int, int, int, int] = grid.getItemPosition(index)  # type: ignore[assignment]
    row, column, rows, columns = position
    grid.removeWidget(label)
    scroll = _scroll_area(label, box.windowTitle())
    scroll.setMaximumHeight(limit.height() - reserved)
    scroll.setMinimumWidth(min(width, WIDTH_LETTERS * box.fontMetrics().averageCharWidth()))
    grid.addWidget(scroll, row, column, rows, columns)


class FittedDialog(QDialog):
    """A dialog that fits the screen each time it is shown (subclass it instead of QDialog)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)
