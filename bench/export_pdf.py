"""How the PDF export grows with the number of notes (it must stay about linear).

Builds a library of N questions with a 600-character answer each, writes a note on every
answer, and times the notes' PDF with the answers (laying out pages, keeping headings with
what they introduce) for a few sizes. Prints figures only.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/export_pdf.py [N ...]  (1000 2000 4000)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ANSWER_SHORT = (
    "A second opinion can help you feel sure about a plan. Many doctors welcome it.",
    "Ask for copies of your scans, reports and notes before the visit, and bring a list.",
    "If the two opinions differ, ask each doctor to explain why, in words you understand.",
)
ANSWER = (" ".join(ANSWER_SHORT * 3),)  # about 600 characters, one paragraph


def main(sizes: list[int]) -> int:
    from PySide6.QtWidgets import QApplication

    from expertreader.content.library import Library
    from expertreader.content.model import QA, Article
    from expertreader.export.pdf import pdf_bytes
    from expertreader.export.service import notes_document
    from expertreader.notes.store import NotesStore

    app = QApplication(sys.argv[:1])
    print("notes  PDF seconds  pages  ms per note")
    for count in sizes:
        article = Article(
            id="a",
            source="a.txt",
            title="Ask the Expert: second opinions",
            date=dt.date(2018, 3, 2),
            expert="A. Doctor, MD",
            intro=(),
            disclaimer="Remember: this is general information, not medical advice.",
            qas=tuple(
                QA(f"q{n}", f"Question {n}: should I get a second opinion?", ANSWER)
                for n in range(count)
            ),
        )
        library = Library([article])
        with tempfile.TemporaryDirectory() as folder:
            with NotesStore.open(Path(folder) / "notes.db").store as store:
                for n in range(count):
                    store.save_answer_note(f"q{n}", f"Ask about this at the visit ({n}).")
                document = notes_document(
                    store, library, include_answers=True, exported_at=dt.datetime.now(dt.UTC)
                )
            started = time.perf_counter()
            data = pdf_bytes(document)
            seconds = time.perf_counter() - started
        pages = data.count(b"/Type /Page\n")
        print(f"{count:5d}  {seconds:11.2f}  {pages:5d}  {seconds * 1000 / count:11.2f}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [1000, 2000, 4000]))
