"""Appointment sheets and My notes: how long the things a person waits for take.

Prints figures only; it never passes or fails. Each figure is the median of ``--runs``:

- a change to a sheet (a question added, moved, "what the doctor said" saved): one committed
  transaction each, as the window makes them;
- a sheet of ``--questions`` questions made into its document, Markdown, HTML and PDF;
- My notes read and listed for ``--notes`` passage notes (what opening it costs), and
  narrowed by typed words (each keystroke).

    QT_QPA_PLATFORM=offscreen python bench/sheets.py [--runs N] [--questions N] [--notes N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def timed(action: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--notes", type=int, default=2000)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from expertreader import paths
    from expertreader.content.library import load_library
    from expertreader.export.pdf import sheet_pdf_bytes
    from expertreader.export.sheet_html import sheet_to_html
    from expertreader.export.sheet_markdown import sheet_to_markdown
    from expertreader.export.sheet_service import sheet_document
    from expertreader.notes.anchor import make_passage
    from expertreader.notes.sheets import Sheets
    from expertreader.notes.store import NotesStore

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths.set_data_dir(Path(folder))
        library = load_library(ROOT / "resources" / "content")
        qas = [q for a in library.article_infos() for q in library.questions(a.id)]
        store = NotesStore.open(paths.notes_db()).store
        sheets = Sheets(store.database)
        sheet = sheets.create("Visit", "2026-12-03", "Dr. Lee", "Sam")
        for number in range(args.questions):
            qa = qas[number % len(qas)]
            sheets.add_item(sheet.uid, f"{qa.question} ({number})", qa.id, include_quote=True)
        items = sheets.items(sheet.uid)
        said = iter(range(10**6))

        print(f"sheet of {args.questions} questions, median of {args.runs} runs:")
        add = timed(lambda: sheets.add_item(sheet.uid, "Typed?"), args.runs)
        move = timed(lambda: sheets.move_item(items[-1].uid, 0), args.runs)
        save = timed(lambda: sheets.set_doctor_said(items[0].uid, f"Said {next(said)}"), args.runs)
        print(f"  add a question {add:7.1f} ms   move one {move:7.1f} ms   "
              f"save what the doctor said {save:7.1f} ms")  # fmt: skip
        items = sheets.items(sheet.uid)
        document = sheet_document(store, library, sheet, items)
        build = timed(lambda: sheet_document(store, library, sheet, items), args.runs)
        markdown = timed(lambda: sheet_to_markdown(document), args.runs)
        html = timed(lambda: sheet_to_html(document), args.runs)
        pdf = timed(lambda: sheet_pdf_bytes(document), args.runs)
        pages = sheet_pdf_bytes(document).count(b"/Type /Page\n")
        print(f"  document {build:7.1f} ms   Markdown {markdown:7.1f} ms   HTML {html:7.1f} ms   "
              f"PDF {pdf:7.1f} ms ({pages} pages)")  # fmt: skip

        answers = [found for q in qas if (found := library.qa(q.id)) is not None]
        for number in range(args.notes):
            answer = answers[number % len(answers)]
            passage = make_passage(answer.answer_text, number % 40, number % 40 + 10)
            store.add_passage_note(answer.id, passage, f"Note {number}: ask about this")
        from PySide6.QtWidgets import QWidget

        from expertreader.ui.controllers.my_notes import MyNotesController
        from expertreader.ui.controllers.saving import Saver
        from expertreader.ui.views.message_bar import MessageArea

        parent = QWidget()
        saver = Saver(MessageArea(), parent, lambda qa_id: qa_id)
        notes = MyNotesController(store, library, saver, parent, lambda *_a: None)
        opening = timed(notes.open, args.runs)
        words = iter(f"note {n}" for n in range(10**6))
        typing = timed(lambda: notes.dialog.filter.setText(next(words)), args.runs)
        count = len(notes.entries)
        print(f"My notes with {count} entries: open {opening:7.1f} ms   "
              f"filter {typing:7.1f} ms")  # fmt: skip
        notes.dialog.close()
        store.close()
        paths.set_data_dir(None)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
