"""Appointment sheets on paper and in PDF: the sheet's HTML laid out by Qt, page by page.

Pagination is ``export.pdf``'s (``Keep.SECTIONS``: a question block never splits across
pages; one taller than a page flows on). What this adds is the foot of every page: the
disclaimer(s) in full, wrapped, then the program's name, version, the print date and "page n
of N" (``export.pdf.paint_pages`` draws one line, too short for a disclaimer). The window's
print preview, its PDF export and the command line's ``sheet --output x.pdf`` all paint through
``paint_sheet``, so they are the same pages.
The command line has no window: ``sheet_pdf_bytes`` makes a headless application if needed.
"""

from __future__ import annotations

import html
import math
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from expertreader.export import phrases, sheet_phrases
from expertreader.export.pdf import MARGIN_MM, PRINT_DPI, Keep, keep_together, page_size
from expertreader.export.sheet_document import SheetDocument
from expertreader.export.sheet_html import sheet_to_html

FOOTER_POINT_SIZE = 11
"""The disclaimer repeated at the foot of each page; it is printed in full at body size on the
first page, so here it may be smaller than the large print of the questions."""
FONT = "DejaVu Sans"
RULE_COLOUR = "#777777"  # paper is white whatever the window's theme
_keep_app: list[QGuiApplication] = []


def sheet_text_document(doc: SheetDocument) -> QTextDocument:
    """The sheet as a QTextDocument, its default font the sheet's body size (Qt sizes headings
    from the default font, not from the stylesheet)."""
    text = QTextDocument()
    text.setDefaultFont(QFont(FONT, doc.point_size))
    text.setHtml(sheet_to_html(doc, paper=True))
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return text


def paint_sheet(text: QTextDocument, device: QPagedPaintDevice, doc: SheetDocument) -> int:
    """Paginate the sheet for ``device`` (a PDF writer or a printer), paint every page with its
    foot, and return the number of pages."""
    resolution = device.logicalDpiY()
    body = device.pageLayout().paintRectPixels(resolution)
    foot = _foot_document(doc, device, body.width())
    line = QFontMetricsF(QFont(FONT, FOOTER_POINT_SIZE), device).lineSpacing()
    foot_height = foot.size().height() + line * 1.6
    page = QSizeF(body.width(), body.height() - foot_height)
    text.documentLayout().setPaintDevice(device)
    text.setPageSize(page)
    keep_together(text, Keep.SECTIONS)  # a question block is never split across pages
    text.size()  # the whole layout, so the page count is the real one
    end = text.documentLayout().blockBoundingRect(text.lastBlock()).bottom()
    pages = max(1, min(text.pageCount(), math.ceil(end / page.height())))  # no page for a margin
    context = _ink_on_paper()
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            context.clip = QRectF(0, number * page.height(), page.width(), page.height())
            painter.setClipRect(context.clip)
            text.documentLayout().draw(painter, context)
            painter.restore()
            top = page.height() + line * 0.3
            painter.setPen(QPen(QColor(RULE_COLOUR), max(1.0, resolution / 96)))
            painter.drawLine(QPointF(0, top), QPointF(page.width(), top))
            painter.save()
            painter.translate(0, top + line * 0.2)
            context.clip = QRectF(0, 0, page.width(), foot.size().height())
            foot.documentLayout().draw(painter, context)
            painter.restore()
            painter.setPen(QColor("black"))
            painter.setFont(QFont(FONT, FOOTER_POINT_SIZE))
            caption = f"{sheet_phrases.page_footer(doc)} · {phrases.page_of(number + 1, pages)}"
            where = QRectF(0, top + line * 0.2 + foot.size().height(), page.width(), line * 1.3)
            painter.drawText(where, caption)
    finally:
        painter.end()
    return pages


def sheet_pdf_bytes(doc: SheetDocument) -> bytes:
    """The sheet as PDF bytes: selectable text, fonts embedded, the foot on every page."""
    _ensure_application()
    text = sheet_text_document(doc)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(doc.title)
    writer.setCreator(doc.generator)
    writer.setResolution(PRINT_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(page_size(), QPageLayout.Orientation.Portrait, margins))
    paint_sheet(text, writer, doc)
    del writer  # the PDF is finished when the writer goes
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def _ink_on_paper() -> QAbstractTextDocumentLayout.PaintContext:
    """Paper is white whatever the window's theme: text is drawn in black, never in the
    colours of the palette the window happens to use (a dark theme's white text)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    ink = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        ink.setColor(role, QColor("black"))
    context.palette = ink
    return context


def _foot_document(doc: SheetDocument, device: QPagedPaintDevice, width: float) -> QTextDocument:
    foot = QTextDocument()
    foot.setDefaultFont(QFont(FONT, FOOTER_POINT_SIZE))
    foot.documentLayout().setPaintDevice(device)
    foot.setDocumentMargin(0)
    paragraphs = "".join(
        f'<p style="margin-top:0; margin-bottom:2px">{html.escape(text)}</p>'
        for text in doc.disclaimers
    )
    foot.setHtml(f'<div style="color:#333333">{paragraphs}</div>')
    foot.setTextWidth(width)
    return foot


def _ensure_application() -> None:
    """The command line has no window; Qt's text engine still needs a (headless) application."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_app.append(QGuiApplication(["expertreader"]))
