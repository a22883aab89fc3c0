"""PDF pages: a heading or a note's label never ends a page; every page has the footer."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from pypdf import PdfReader

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
