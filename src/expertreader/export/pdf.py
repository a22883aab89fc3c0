"""PDF export and printing: the HTML export laid out by Qt's own text engine (no extra engine).

The one export writer that needs Qt; it imports Qt only when a PDF is made, so the command
line's other exports and everything else outside ui/ stay free of it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from expertreader import APP_NAME, __version__
from expertreader.export.document import ExportDocument
from expertreader.export.html import to_html

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QPageSize, QTextDocument

PRINT_DPI = 96  # CSS px in the export's stylesheet mean screen pixels, as in a browser
_keep_app: list[QGuiApplication] = []


def text_document(document: ExportDocument) -> QTextDocument:
    """The export as a QTextDocument, ready to print or to write as PDF."""
    from PySide6.QtGui import QFont, QTextDocument

    text = QTextDocument()
    text.setDefaultFont(QFont("DejaVu Sans", 12))  # headings scale from this, not from CSS
    text.setHtml(to_html(document))
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    return text


def page_size() -> QPageSize:
    """Letter where people measure in inches, A4 elsewhere."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def pdf_bytes(document: ExportDocument) -> bytes:
    """Render the export to PDF bytes (selectable text, fonts embedded, page numbers)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    _ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(document.title)  # in the interface language, like every word printed
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setResolution(PRINT_DPI)
    writer.setPageLayout(
        QPageLayout(page_size(), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    text_document(document).print_(writer)
    del writer  # the PDF is finished when the writer goes
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def _ensure_gui_application() -> None:
    """The command line has no window; Qt's text engine still needs a (headless) application."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_app.append(QGuiApplication(["expertreader"]))
