"""The print preview: big enough to read a page, and printable from the keyboard.

Qt's own preview opens at its small size hint (a strip 130 px tall with the page at 6%), and its
Print is a tool button that Tab never reaches. Ours fills most of the screen and ends with a
"Print…" button (the default: Enter prints) and "Close"; Ctrl+P prints too, Escape closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox, QToolBar, QWidget

from expertreader.export.pdf import PRINT_DPI, page_size
from expertreader.ui.views.screen_fit import available_size, fit_to_screen

SCREEN_SHARE = 0.9  # of the screen's room the preview takes
QT_PRINT = ("QPrintPreviewDialog", "Print")
"""The context and text of Qt's Print action (not ours to translate: kept out of lupdate's view)."""


class PrintPreview(QPrintPreviewDialog):
    """A preview that keeps its printer (Qt does not own it): our page size and resolution."""

    def __init__(self, parent: QWidget | None, doc_name: str) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageSize(page_size())
        self._printer.setResolution(PRINT_DPI)
        self._printer.setDocName(doc_name)
        super().__init__(self._printer, parent)


def print_preview(
    parent: QWidget | None, doc_name: str, title: str, accessible_name: str
) -> QPrintPreviewDialog:
    """A print preview of a document named ``doc_name`` (connect ``paintRequested``, ``exec``)."""
    preview = PrintPreview(parent, doc_name)
    preview.setWindowTitle(title)
    preview.setAccessibleName(accessible_name)
    buttons = QDialogButtonBox()
    print_button = buttons.addButton(
        QCoreApplication.translate("PrintPreview", "&Print…"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    print_button.setObjectName("printButton")
    print_button.setAccessibleName(QCoreApplication.translate("PrintPreview", "Print these pages"))
    print_button.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(preview.reject)
    qt_print = _qt_print_action(preview)
    print_button.clicked.connect(qt_print.trigger if qt_print else lambda: _print_now(preview))
    shortcut = QAction(preview)
    shortcut.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    shortcut.triggered.connect(print_button.click)
    preview.addAction(shortcut)
    layout = preview.layout()
    if layout is not None:
        layout.addWidget(buttons)
    room = available_size(preview)
    preview.resize(QSize(int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE)))
    fit_to_screen(preview)
    print_button.setFocus()
    return preview


def _qt_print_action(preview: QPrintPreviewDialog) -> QAction | None:
    """The preview's own Print (it asks for a printer, or a file when there is none)."""
    toolbar = preview.findChild(QToolBar)
    wanted = QCoreApplication.translate(*QT_PRINT)  # Qt's own words, in Qt's own catalogue
    actions = toolbar.actions() if toolbar is not None else []
    return next((action for action in actions if action.text() == wanted), None)


def _print_now(preview: QPrintPreviewDialog) -> None:
    """Without Qt's action (a Qt that names it otherwise): print to the chosen printer."""
    widget = preview.findChild(QPrintPreviewWidget)
    if widget is not None:
        widget.print_()
    preview.accept()
