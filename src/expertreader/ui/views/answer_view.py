"""The reading pane: the selected question as a heading and the expert's answer, verbatim."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from expertreader.content.model import EDITORIAL_INSERTION, QA
from expertreader.ui import style
from expertreader.ui.views.answer_accessible import expose_as_document

MINIMUM_LINES = 4
HEADING_GROWTH = 7.5  # points: at the default size a heading is x1.5, at 26 pt no more than this


def paragraph_html(text: str) -> str:
    """Escape a paragraph; bracketed editorial insertions get a distinct, quieter style."""
    parts: list[str] = []
    last = 0
    for match in EDITORIAL_INSERTION.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(
            f'<span style="color:{style.colour("editorial")}; font-style:italic">'
            f"{html.escape(match.group())}</span>"
        )
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


class AnswerView(QTextBrowser):
    """Read-only rich text; knows which document blocks hold the answer's paragraphs."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTabChangesFocus(True)
        # Shift+arrows select text too, so passage notes need no mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Answer"))
        self._accessible = expose_as_document(self)  # a document to browse, not a "label"
        self.document().setDocumentMargin(style.READING_MARGIN)
        self.qa: QA | None = None
        self._blocks: list[tuple[int, int]] = []  # per answer paragraph: block, label units
        self._search_spans: list[tuple[int, int]] = []
        self._passage_selections: list[QTextEdit.ExtraSelection] = []

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for a few lines of the answer at the current text size, whatever else shows."""
        lines = self.fontMetrics().lineSpacing() * MINIMUM_LINES
        return QSize(super().minimumSizeHint().width(), lines + 2 * style.READING_MARGIN)

    def show_qa(self, qa: QA, *, in_library: bool = True) -> None:
        """The question, who asked it, and the answer; speakers named where they change."""
        self.qa = qa
        self._search_spans = []
        parts = [f"<h2>{html.escape(qa.question)}</h2>"]
        self._blocks = []
        block = 1
        if qa.asker:
            asked = self.tr("Asked by {name}").format(name=qa.asker)
            parts.append(f'<p style="color:{style.colour("muted")}">{html.escape(asked)}</p>')
            block += 1
        previous: str | None = None
        for number, paragraph in enumerate(qa.answer):
            speaker = qa.speakers[number] if number < len(qa.speakers) else None
            prefix = f"{speaker}: " if speaker and speaker != previous else ""
            previous = speaker or previous
            label = f"<b>{html.escape(prefix)}</b>" if prefix else ""
            parts.append(f"<p>{label}{paragraph_html(paragraph)}</p>")
            self._blocks.append((block, _utf16_units(prefix)))
            block += 1
        if not qa.answer:
            why = (
                self.tr(
                    "This article gives no answer to this question (the page it came from may "
                    "have been cut off)."
                )
                if in_library
                else self.tr(
                    "This question is no longer in the bundled articles, so its answer cannot "
                    "be shown. Your notes on it are kept below and in every export."
                )
            )
            parts.append(f'<p style="color:{style.colour("muted")}"><i>{html.escape(why)}</i></p>')
        self._set_html("".join(parts))
        self.setAccessibleDescription(qa.question)

    def show_article(self, title: str, intro: tuple[str, ...], count: int) -> None:
        """An article's introduction, shown when its title is selected in the list."""
        self.qa = None
        self._search_spans = []
        paragraphs = "".join(f"<p>{paragraph_html(p)}</p>" for p in intro)
        choose = self.tr("%n question(s): choose one in the list.", None, count)
        hint = f"<p><i>{html.escape(choose)}</i></p>"
        self._set_html(f"<h2>{html.escape(title)}</h2>{paragraphs}{hint}")
        self.setAccessibleDescription(title)

    def show_message(self, heading: str, text: str) -> None:
        self.qa = None
        self._search_spans = []
        self._set_html(f"<h2>{html.escape(heading)}</h2><p>{html.escape(text)}</p>")

    def _set_html(self, markup: str) -> None:
        self.setHtml(markup)
        self._size_headings()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger or smaller text (View menu)
            self._size_headings()

    def _size_headings(self) -> None:
        """The question stands out, but at large text it does not fill the pane on its own.

        Half as large again as the answer (Qt's size for a heading), yet at most
        ``HEADING_GROWTH`` points larger. Only formats change: positions stay as they were.
        """
        body = self.font().pointSizeF()
        size = min(body * 1.5, body + HEADING_GROWTH)
        spans: list[tuple[int, int, QTextCharFormat]] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while block.blockFormat().headingLevel() and not fragments.atEnd():
                fragment = fragments.fragment()
                spans.append((fragment.position(), fragment.length(), fragment.charFormat()))
                fragments += 1
            block = block.next()
        for start, length, text_format in spans:  # changed once read: fragments may merge
            text_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            text_format.setFontPointSize(size)
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(text_format)

    # --- positions in the answer text (QA.answer_text) <-> document positions -----------------
    def answer_offset(self, document_position: int) -> int | None:
        """Character offset in ``qa.answer_text`` for a document position, if in the answer."""
        if self.qa is None:
            return None
        block = self.document().findBlock(document_position)
        found = next(
            (n for n, (number, _) in enumerate(self._blocks) if number == block.blockNumber()),
            None,
        )
        if found is None:
            return None
        before = sum(len(p) + 1 for p in self.qa.answer[:found])
        text = self.qa.answer[found]
        units = document_position - block.position() - self._blocks[found][1]
        return before + min(_chars_in(text, max(0, units)), len(text))

    def document_position(self, answer_offset: int) -> int:
        """Document position of a character offset in ``qa.answer_text``."""
        assert self.qa is not None
        remaining = answer_offset
        for number, paragraph in enumerate(self.qa.answer):
            if remaining <= len(paragraph):
                block_number, prefix = self._blocks[number]
                block = self.document().findBlockByNumber(block_number)
                return block.position() + prefix + _utf16_units(paragraph[:remaining])
            remaining -= len(paragraph) + 1
        return self.document().characterCount() - 1

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as (start, end) offsets in the answer text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.answer_offset(cursor.selectionStart())
        end = self.answer_offset(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def highlight(self, spans: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Mark passages that carry notes; the one being looked at stronger."""
        selections = []
        for span in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.document_position(span[0]))
            cursor.setPosition(self.document_position(span[1]), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = style.highlight_format(current=span == current)
            selections.append(selection)
        self._passage_selections = selections
        self._show_selections()

    def highlight_search(self, spans: list[tuple[int, int]]) -> None:
        """Mark the words a search matched (bold, underlined), besides the passage notes."""
        self._search_spans = list(spans) if self.qa is not None else []
        self._show_selections()

    def _show_selections(self) -> None:
        marks = []
        for start, end in self._search_spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.document_position(start))
            cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
            text_format = QTextCharFormat()
            text_format.setFontWeight(QFont.Weight.Bold)
            text_format.setFontUnderline(True)
            selection.cursor = cursor
            selection.format = text_format
            marks.append(selection)
        self.setExtraSelections([*self._passage_selections, *marks])


def _utf16_units(text: str) -> int:
    """Qt positions count UTF-16 units: characters beyond the BMP (emoji, math) count twice."""
    return len(text.encode("utf-16-le")) // 2


def _chars_in(text: str, units: int) -> int:
    """How many characters of ``text`` fit in the first ``units`` UTF-16 units."""
    return len(text.encode("utf-16-le")[: units * 2].decode("utf-16-le", errors="ignore"))
