"""PDF export and printing: the HTML export laid out by Qt's own text engine (no extra engine).

The one export writer that needs Qt; it imports Qt only when a PDF is made, so the command
line's other exports and everything else outside ui/ stay free of it.

Pages are laid out here, not by ``QTextDocument.print_``, so that a heading never ends a page
(it moves to the next page with what it introduces), a block that must stay whole (a question on
an appointment sheet) is never split, and every page carries a footer line (program, version,
date, page number) chosen by the caller.
"""

from __future__ import annotations

import enum
import html
import math
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from expertreader import APP_NAME, __version__
from expertreader.export import phrases, sheet_phrases
from expertreader.export.document import ExportDocument
from expertreader.export.html import to_html
from expertreader.export.sheet_document import SheetDocument
from expertreader.export.sheet_html import sheet_to_html

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QGuiApplication,
        QPagedPaintDevice,
        QPageSize,
        QPdfWriter,
        QTextBlock,
        QTextDocument,
    )

PRINT_DPI = 96  # CSS px in the export's stylesheet mean screen pixels, as in a browser
FONT = "DejaVu Sans"
FOOTER_POINT_SIZE = 11
"""A sheet's disclaimer at the foot of each page: in full, at body size, on its first page."""
RULE_COLOUR = "#777777"  # paper is white whatever the window's theme
MARGIN_MM = 18
LAYOUT_SHARE = 0.8  # of the time a PDF takes: laying out its pages; painting them, the rest
PIECES_PER_REPORT = 64
PAGES_PER_REPORT = 16
PART_HEIGHT = 4_000_000.0
"""Pixels laid out in one document before the next part begins on a new page (Qt's limit: 2^23)."""
_keep_app: list[QGuiApplication] = []


Progress = Callable[[float], None]
"""Told how much of a long PDF is made (0 to 1); it may raise to stop (nothing is written)."""


def _no_progress(_done: float) -> None:
    pass


class Keep(enum.Enum):
    """What pagination keeps together."""

    HEADING_WITH_NEXT = "heading"  # notes: a heading or label never ends a page
    SECTIONS = "sections"  # sheets: each h3 and what follows, up to the next h3, stays whole


def text_document(document: ExportDocument) -> QTextDocument:
    """The export as a QTextDocument, ready to print or to write as PDF."""
    return html_document(to_html(document), document.title)


def html_document(html: str, title: str) -> QTextDocument:
    from PySide6.QtGui import QFont, QTextDocument

    text = QTextDocument()
    text.setDefaultFont(QFont("DejaVu Sans", 12))  # headings scale from this, not from CSS
    text.setHtml(html)
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return text


def page_size() -> QPageSize:
    """Letter where people measure in inches, A4 elsewhere."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def pdf_bytes(document: ExportDocument, progress: Progress = _no_progress) -> bytes:
    """Render the export to PDF bytes (selectable text, fonts embedded, page numbers)."""
    _ensure_gui_application()  # before any text document: fonts need the application
    footer = f"{document.title} · {APP_NAME} {__version__}"
    text = text_document(document)
    return render_pdf(text, document.title, footer, Keep.HEADING_WITH_NEXT, progress)


def render_pdf(
    text: QTextDocument, title: str, footer: str, keep: Keep, progress: Progress = _no_progress
) -> bytes:
    """Lay ``text`` out on pages and write them as PDF bytes."""
    _ensure_gui_application()
    creator = f"{APP_NAME} {__version__}"
    return _pdf(title, creator, lambda w: paint_pages(text, w, footer, keep, progress=progress))


def _pdf(title: str, creator: str, paint: Callable[[QPdfWriter], object]) -> bytes:
    """A PDF writer on our page layout, painted by ``paint``, as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)  # in the interface language, like every word printed
    writer.setCreator(creator)
    writer.setResolution(PRINT_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(page_size(), QPageLayout.Orientation.Portrait, margins))
    paint(writer)
    del writer  # the PDF is finished when the writer goes
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def paint_pages(
    text: QTextDocument,
    device: QPagedPaintDevice,
    footer: str,
    keep: Keep,
    notice: tuple[str, ...] = (),
    progress: Progress = _no_progress,
) -> int:
    """Paginate ``text`` for ``device`` (a PDF writer or a printer) and paint every page.

    Every page ends with the footer line and "page n of N"; with ``notice`` (an appointment
    sheet's disclaimers), those paragraphs in full, wrapped, above it under a thin rule.
    Returns the number of pages. ``progress`` hears how far it is: laying out pages is most of
    the work, painting them the rest.
    """
    from PySide6.QtCore import QPointF, QRectF, QSizeF
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

    resolution = device.logicalDpiY()
    body = device.pageLayout().paintRectPixels(resolution)
    footer_font = QFont(text.defaultFont()) if not notice else QFont(FONT, FOOTER_POINT_SIZE)
    line = QFontMetricsF(footer_font, device).lineSpacing()
    foot = _notice_document(notice, device, body.width()) if notice else None
    foot_height = foot.size().height() if foot is not None else 0.0
    page = QSizeF(body.width(), body.height() - foot_height - line * 2)
    text.documentLayout().setPaintDevice(device)
    text.setPageSize(page)
    parts = keep_together(text, keep, lambda done: progress(LAYOUT_SHARE * done))
    sheets = [(part, in_part) for part in parts for in_part in range(_page_count(part))]
    pages = len(sheets)
    context = _ink_on_paper()
    painter = QPainter(device)
    try:
        for number, (part, in_part) in enumerate(sheets):
            if number:
                device.newPage()
            if number % PAGES_PER_REPORT == 0:
                progress(LAYOUT_SHARE + (1 - LAYOUT_SHARE) * number / pages)
            painter.save()
            painter.translate(0, -in_part * page.height())
            context.clip = QRectF(0, in_part * page.height(), page.width(), page.height())
            painter.setClipRect(context.clip)
            part.documentLayout().draw(painter, context)
            painter.restore()
            top = page.height() + line * 0.3
            if foot is not None:
                painter.setPen(QPen(QColor(RULE_COLOUR), max(1.0, resolution / 96)))
                painter.drawLine(QPointF(0, top), QPointF(page.width(), top))
                painter.save()
                painter.translate(0, top + line * 0.2)
                context.clip = QRectF(0, 0, page.width(), foot_height)
                foot.documentLayout().draw(painter, context)
                painter.restore()
                top += line * 0.2 + foot_height
            painter.setPen(QColor("black"))
            painter.setFont(footer_font)
            caption = f"{footer} · {phrases.page_of(number + 1, pages)}"
            painter.drawText(QRectF(0, top, page.width(), line * 1.3), caption)
    finally:
        painter.end()
    return pages


def _page_count(part: QTextDocument) -> int:
    """The pages ``part`` fills (no page for a trailing margin)."""
    part.size()  # the whole layout, so the page count is the real one
    end = part.documentLayout().blockBoundingRect(part.lastBlock()).bottom()
    return max(1, min(part.pageCount(), math.ceil(end / part.pageSize().height())))


def sheet_text_document(doc: SheetDocument) -> QTextDocument:
    """An appointment sheet as a QTextDocument at the sheet's large body size."""
    from PySide6.QtGui import QFont, QTextDocument

    text = QTextDocument()
    text.setDefaultFont(QFont(FONT, doc.point_size))  # Qt sizes headings from this, not from CSS
    text.setHtml(sheet_to_html(doc, paper=True))
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return text


def paint_sheet(text: QTextDocument, device: QPagedPaintDevice, doc: SheetDocument) -> int:
    """A sheet's pages: no question split across pages, the disclaimers on every page."""
    footer = sheet_phrases.page_footer(doc)
    return paint_pages(text, device, footer, Keep.SECTIONS, doc.disclaimers)


def sheet_pdf_bytes(doc: SheetDocument) -> bytes:
    """An appointment sheet as PDF bytes (the same pages the window prints)."""
    _ensure_gui_application()
    text = sheet_text_document(doc)
    return _pdf(doc.title, doc.generator, lambda writer: paint_sheet(text, writer, doc))


def _ink_on_paper() -> QAbstractTextDocumentLayout.PaintContext:
    """Paper is white whatever the window's theme: text is drawn in black, never in the
    colours of the palette the window happens to use (a dark theme's white text)."""
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette

    context = QAbstractTextDocumentLayout.PaintContext()
    ink = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        ink.setColor(role, QColor("black"))
    context.palette = ink
    return context


def _notice_document(
    notice: tuple[str, ...], device: QPagedPaintDevice, width: float
) -> QTextDocument:
    from PySide6.QtGui import QFont, QTextDocument

    foot = QTextDocument()
    foot.setDefaultFont(QFont(FONT, FOOTER_POINT_SIZE))
    foot.documentLayout().setPaintDevice(device)
    foot.setDocumentMargin(0)
    paragraphs = "".join(
        f'<p style="margin-top:0; margin-bottom:2px">{html.escape(text)}</p>' for text in notice
    )
    foot.setHtml(f'<div style="color:#333333">{paragraphs}</div>')
    foot.setTextWidth(width)
    return foot


def keep_together(
    text: QTextDocument, keep: Keep, progress: Progress = _no_progress
) -> list[QTextDocument]:
    """``text`` laid out again piece by piece on its pages, in parts (new documents).

    Each piece (a run of headings with what they introduce, or a sheet's question) is appended
    and, where a heading would end a page or a question be split, moved to the next page. What
    follows a piece is not there yet when it is placed, so a move never lays the rest out again:
    the time grows with the length, not its square (8,000 notes took minutes that way). A part
    ends after ``PART_HEIGHT``: Qt lays no text out beyond 2^23 pixels (about 8,000 pages).
    """
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    height = text.pageSize().height()
    parts = [_part_like(text)]
    cursor = QTextCursor(parts[0])
    placed = 0
    pieces = _pieces(text, keep)
    for number, (start, end) in enumerate(pieces):
        if number % PIECES_PER_REPORT == 0:
            progress(number / len(pieces))
        paged = parts[-1]
        layout = paged.documentLayout()
        if placed and layout.blockBoundingRect(paged.lastBlock()).bottom() > PART_HEIGHT:
            paged = _part_like(text)
            parts.append(paged)
            layout, cursor, placed = paged.documentLayout(), QTextCursor(paged), 0
        source = QTextCursor(text)
        source.setPosition(start.position())
        source.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if placed == 0:
            cursor.setBlockFormat(start.blockFormat())
            cursor.setBlockCharFormat(start.charFormat())
        else:
            cursor.insertBlock(start.blockFormat(), start.charFormat())
        first = paged.findBlock(cursor.position())
        cursor.insertFragment(source.selection())
        placed += 1
        if placed == 1 or not _splits(layout, first, paged.lastBlock(), height, keep):
            continue
        fmt = first.blockFormat()
        if fmt.pageBreakPolicy() == QTextBlockFormat.PageBreakFlag.PageBreak_Auto:
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(fmt)
    return parts


def _part_like(text: QTextDocument) -> QTextDocument:
    """An empty document with ``text``'s font, margin, title, paint device and page size."""
    from PySide6.QtGui import QTextDocument

    title = QTextDocument.MetaInformation.DocumentTitle
    part = QTextDocument()
    part.setDefaultFont(text.defaultFont())
    part.setDocumentMargin(text.documentMargin())
    part.setMetaInformation(title, text.metaInformation(title))
    part.documentLayout().setPaintDevice(text.documentLayout().paintDevice())
    part.setPageSize(text.pageSize())
    return part


def _pieces(text: QTextDocument, keep: Keep) -> list[tuple[QTextBlock, QTextBlock]]:
    """The first and last block of each piece placed whole: everything up to the block after
    the last table first (tables open an export; they are copied whole), then a run of
    headings with the block after it (notes) or a question up to the next one (sheets)."""
    blocks = _blocks(text)
    tables = [frame.lastPosition() for frame in text.rootFrame().childFrames()]
    opening = text.findBlock(max(tables) + 1).blockNumber() if tables else 0
    pieces = [(blocks[0], blocks[opening])]
    index = opening + 1
    while index < len(blocks):
        last = index
        if keep is Keep.HEADING_WITH_NEXT:
            while _is_heading(blocks[last]) and last + 1 < len(blocks):
                last += 1
        elif blocks[index].blockFormat().headingLevel() == 3:
            last = _section_end(blocks[index]).blockNumber()
        pieces.append((blocks[index], blocks[last]))
        index = last + 1
    return pieces


def _splits(
    layout: QAbstractTextDocumentLayout,
    first: QTextBlock,
    last: QTextBlock,
    height: float,
    keep: Keep,
) -> bool:
    """Whether a piece just placed is cut by a page end where it must not be."""
    if keep is Keep.HEADING_WITH_NEXT:
        return first != last and _page(layout, first, height) != _page(layout, last, height)
    if first.blockFormat().headingLevel() != 3:
        return False
    size = layout.blockBoundingRect(last).bottom() - layout.blockBoundingRect(first).top()
    return (
        _page(layout, last, height, bottom=True) != _page(layout, first, height) and size < height
    )


def _blocks(text: QTextDocument) -> list[QTextBlock]:
    found = []
    block = text.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _is_heading(block: QTextBlock) -> bool:
    """A heading, or a label paragraph (a note's "Your note …" line begins in bold)."""
    from PySide6.QtGui import QFont

    fmt = block.blockFormat()
    if fmt.headingLevel() > 0:
        return True
    it = block.begin()
    if it.atEnd():
        return False
    weight = it.fragment().charFormat().fontWeight()
    return bool(weight >= QFont.Weight.Bold.value and len(block.text()) < 160)


def _section_end(block: QTextBlock) -> QTextBlock:
    """The last block before the next h3 (or h2), or the document's last block."""
    last = block
    follower = block.next()
    while follower.isValid() and follower.blockFormat().headingLevel() not in (2, 3):
        last, follower = follower, follower.next()
    return last


def _page(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, height: float, *, bottom: bool = False
) -> int:
    """The page a block's first line (or, with ``bottom``, its last line) is drawn on.

    Lines, not the block's rectangle: a line that would cross the end of a page is moved to the
    next one, so a block can start on one page and show its first words on the next.
    """
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    if lines.lineCount() == 0:
        return int(top // height)
    line = lines.lineAt(lines.lineCount() - 1 if bottom else 0)
    return int((top + line.y() + line.height() / 2) // height)


def _ensure_gui_application() -> None:
    """The command line has no window; Qt's text engine still needs a (headless) application."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_app.append(QGuiApplication(["expertreader"]))
