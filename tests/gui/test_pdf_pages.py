"""PDF pages: a heading or a note's label never ends a page; every page has the footer."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextBlock, QTextDocument

from expertreader.content.library import load_library
from expertreader.export.document import build_document
from expertreader.export.pdf import pdf_bytes
from expertreader.notes.model import Note

NOW = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)


def test_no_page_ends_with_a_label_and_every_page_has_its_footer(
    seed_article: Path, qapp: object
) -> None:
    library = load_library(seed_article.parent)
    questions = [q for a in library.article_infos() for q in library.questions(a.id)]
    notes = [
        Note(
            questions[n % len(questions)].id,
            f"Note {n}: " + "Ask the doctor about this and write the answer down. " * (1 + n % 4),
            NOW,
            NOW,
            uid=f"urn:uuid:{n:032x}",
        )
        for n in range(60)
    ]
    document = build_document(
        library,
        [],
        notes,
        include_answers=True,
        exported_at=NOW,
        app_name="ExpertReader",
        app_version="0.1.0",
    )
    pages = PdfReader(io.BytesIO(pdf_bytes(document))).pages
    assert len(pages) > 3
    texts = [page.extract_text() for page in pages]
    numbers = {int(n) for text in texts for n in re.findall(r"Note\s*(\d+)\s*:", text)}
    assert numbers == set(range(60))  # nothing lost between pages
    for number, text in enumerate(texts, start=1):
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        assert lines[-1].endswith(f"page {number} of {len(pages)}")
        assert not lines[-2].replace(" ", "").startswith("Yournoteon"), f"page {number}: a label"


def test_laying_out_pages_keeps_every_word_and_the_opening_tables(
    seed_article: Path, qapp: object
) -> None:
    from PySide6.QtCore import QSizeF

    from expertreader.export.pdf import Keep, keep_together, text_document

    library = load_library(seed_article.parent)
    questions = [q for a in library.article_infos() for q in library.questions(a.id)]
    notes = [Note(q.id, f"Note on {q.id}", NOW, NOW, uid=f"urn:uuid:{n:032x}") for n, q in
             enumerate(questions)]  # fmt: skip
    document = build_document(
        library, [], notes, include_answers=True, exported_at=NOW, app_name="ExpertReader",
        app_version="0.1.0",
    )  # fmt: skip
    source = text_document(document)
    source.setPageSize(QSizeF(500, 300))  # small pages: many pieces are moved
    [paged] = keep_together(source, Keep.HEADING_WITH_NEXT)
    assert paged.toPlainText() == source.toPlainText()
    tables = [type(frame).__name__ for frame in paged.rootFrame().childFrames()]
    assert tables == ["QTextTable"]  # the disclaimer's box
    assert paged.blockCount() == source.blockCount()
    moved = [b for b in _all_blocks(paged) if b.blockFormat().pageBreakPolicy().value]
    assert moved  # the test pages are small enough that something had to move


def _all_blocks(text: QTextDocument) -> list[QTextBlock]:
    found, block = [], text.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_a_very_long_export_is_laid_out_in_parts_and_loses_nothing(
    seed_article: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt lays no text out beyond 2^23 pixels (about 8,000 pages): longer exports come in parts,
    each beginning on a new page, numbered as one (a small part height stands in for it here)."""
    from expertreader.export import pdf

    monkeypatch.setattr(pdf, "PART_HEIGHT", 3000.0)
    library = load_library(seed_article.parent)
    questions = [q for a in library.article_infos() for q in library.questions(a.id)]
    notes = [
        Note(questions[n % len(questions)].id, f"Note {n}: ask about it. " * 20, NOW, NOW,
             uid=f"urn:uuid:{n:032x}")
        for n in range(40)
    ]  # fmt: skip
    document = build_document(
        library, [], notes, include_answers=True, exported_at=NOW, app_name="ExpertReader",
        app_version="0.1.0",
    )  # fmt: skip
    pages = PdfReader(io.BytesIO(pdf_bytes(document))).pages
    texts = [page.extract_text() for page in pages]
    numbers = {int(n) for text in texts for n in re.findall(r"Note\s*(\d+)\s*:", text)}
    assert numbers == set(range(40))
    assert "Disclaimer" in texts[0]
    for number, text in enumerate(texts, start=1):
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        assert lines[-1].endswith(f"page {number} of {len(pages)}")
