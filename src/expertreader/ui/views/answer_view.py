"""The reading pane: the selected question as a heading and the expert's answer, verbatim."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from expertreader.content.model import EDITORIAL_INSERTION, QA, Article
from expertreader.ui import style

MINIMUM_LINES = 4


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

    FIRST_ANSWER_BLOCK = 1  # block 0 is the question heading

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
        self.setAccessibleName("Answer")
        self.document().setDocumentMargin(style.READING_MARGIN)
        self.qa: QA | None = None

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for a few lines of the answer at the current text size, whatever else shows."""
        lines = self.fontMetrics().lineSpacing() * MINIMUM_LINES
        return QSize(super().minimumSizeHint().width(), lines + 2 * style.READING_MARGIN)

    def show_qa(self, qa: QA) -> None:
        self.qa = qa
        body = "".join(f"<p>{paragraph_html(p)}</p>" for p in qa.answer) or (
            f'<p style="color:{style.colour("muted")}"><i>This question is no longer in the '
            "bundled articles, so its answer cannot be shown. Your notes on it are kept below "
            "and in every export.</i></p>"
        )
        self.setHtml(f"<h2>{html.escape(qa.question)}</h2>{body}")
        self.setAccessibleDescription(qa.question)

    def show_article(self, article: Article) -> None:
        """The article's introduction, shown when its title is selected in the list."""
        self.qa = None
        intro = "".join(f"<p>{paragraph_html(p)}</p>" for p in article.intro)
        count = len(article.qas)
        hint = f"<p><i>{count} question{'s' if count != 1 else ''}: choose one in the list.</i></p>"
        self.setHtml(f"<h2>{html.escape(article.title)}</h2>{intro}{hint}")
        self.setAccessibleDescription(article.title)

    def show_message(self, heading: str, text: str) -> None:
        self.qa = None
        self.setHtml(f"<h2>{html.escape(heading)}</h2><p>{html.escape(text)}</p>")

    # --- positions in the answer text (QA.answer_text) <-> document positions -----------------
    def answer_offset(self, document_position: int) -> int | None:
        """Character offset in ``qa.answer_text`` for a document position, if in the answer."""
        if self.qa is None:
            return None
        block = self.document().findBlock(document_position)
        paragraph = block.blockNumber() - self.FIRST_ANSWER_BLOCK
        if paragraph < 0 or paragraph >= len(self.qa.answer):
            return None
        before = sum(len(p) + 1 for p in self.qa.answer[:paragraph])
        text = self.qa.answer[paragraph]
        units = document_position - block.position()  # Qt counts UTF-16 code units
        return before + min(_chars_in(text, units), len(text))

    def document_position(self, answer_offset: int) -> int:
        """Document position of a character offset in ``qa.answer_text``."""
        assert self.qa is not None
        remaining = answer_offset
        for number, paragraph in enumerate(self.qa.answer):
            if remaining <= len(paragraph):
                block = self.document().findBlockByNumber(self.FIRST_ANSWER_BLOCK + number)
                return block.position() + _utf16_units(paragraph[:remaining])
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
        self.setExtraSelections(selections)


def _utf16_units(text: str) -> int:
    """Qt positions count UTF-16 units: characters beyond the BMP (emoji, math) count twice."""
    return len(text.encode("utf-16-le")) // 2


def _chars_in(text: str, units: int) -> int:
    """How many characters of ``text`` fit in the first ``units`` UTF-16 units."""
    return len(text.encode("utf-16-le")[: units * 2].decode("utf-16-le", errors="ignore"))
