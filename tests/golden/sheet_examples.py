"""A fixed appointment sheet and every text file made from it: the sheets' golden files.

tests/unit/test_sheet_exports.py compares these with tests/golden/sheets/. After an intended
change to a sheet format, regenerate them with ``UPDATE_GOLDEN=1`` (then review the diff), or

    .venv/bin/python tests/golden/sheet_examples.py

which also writes docs/sheet-example.png (the PDF's first two pages, for the README).
Everything is fixed (ids, times) so output never depends on the clock or the machine.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from expertreader.atomic import write_bytes_atomic, write_text_atomic
from expertreader.content.library import Library, load_library
from expertreader.export.annotations import to_json
from expertreader.export.sheet_document import SheetDocument, build_sheet_document
from expertreader.export.sheet_html import sheet_to_html
from expertreader.export.sheet_markdown import sheet_to_markdown
from expertreader.notes.model import Note, Passage
from expertreader.notes.sheet_model import Sheet, SheetItem

ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = ROOT / "resources" / "content"
GOLDEN_DIR = ROOT / "tests" / "golden" / "sheets"
PICTURE = ROOT / "docs" / "sheet-example.png"

APP_NAME = "ExpertReader"
APP_VERSION = "0.1.0"
PRINTED_AT = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)

CHOOSE_DOCTOR = "a7641ccc6f5739f6"
EACH_CHANGE = "54ea8238bb8b9684"
THIRD_OPINION = "14b810f67bb52835"
SHEET_UID = "urn:uuid:00000000-0000-4000-8000-0000000000a1"


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)


def uid(number: int) -> str:
    return f"urn:uuid:00000000-0000-4000-8000-{number:012d}"


def load_sample_library() -> Library:
    return load_library(CONTENT_DIR)


def sample_notes(library: Library) -> list[Note]:
    found = library.find(EACH_CHANGE)
    assert found is not None, "the bundled article lost a question the examples use"
    article, qa = found
    exact = "[with your new treatment plan]"
    start = qa.answer_text.index(exact)
    passage = Passage(exact, "comfortable ", ".", start, start + len(exact))
    return [
        Note(
            CHOOSE_DOCTOR,
            "Ask which centers near home take part in trials.",
            at(20, 9),
            at(21, 10),
            uid(11),
            None,
            "",
            article.title,
        ),
        Note(
            EACH_CHANGE,
            "I am comfortable with the plan, but want to hear about trials.",
            at(21, 14),
            at(21, 14),
            uid(12),
            passage,
            qa.question,
            article.title,
        ),
    ]


def sample_sheet(library: Library) -> tuple[Sheet, list[SheetItem]]:
    """What a person might bring: two questions from the article, one from a passage note,
    two of their own (one with markup characters, one answered after the visit)."""
    questions = {qa_id: library.qa(qa_id) for qa_id in (CHOOSE_DOCTOR, EACH_CHANGE, THIRD_OPINION)}
    assert all(questions.values()), "the bundled article lost a question the examples use"

    def question(qa_id: str) -> str:
        found = questions[qa_id]
        assert found is not None
        return found.question

    sheet = Sheet(
        SHEET_UID,
        "Visit with Dr. Lee",
        "2026-12-03",
        "Dr. Lee (oncologist)",
        "Sam, my sister",
        at(24, 9),
        at(25, 11),
    )
    made, changed = at(24, 9, 5), at(25, 11)
    items = [
        SheetItem(
            uid(21),
            SHEET_UID,
            0,
            "",
            "Can I travel to my daughter's wedding in March?",
            False,
            "",
            False,
            "",
            "Yes, if the scan on the 20th is stable.\nBook a flexible ticket.",
            True,
            made,
            changed,
        ),
        SheetItem(
            uid(22),
            SHEET_UID,
            1,
            CHOOSE_DOCTOR,
            question(CHOOSE_DOCTOR),
            True,
            "",
            True,
            uid(11),
            "",
            False,
            made,
            made,
        ),
        SheetItem(
            uid(23),
            SHEET_UID,
            2,
            EACH_CHANGE,
            question(EACH_CHANGE),
            True,
            "[with your new treatment plan]",
            True,
            uid(12),
            "",
            False,
            made,
            made,
        ),
        SheetItem(
            uid(24),
            SHEET_UID,
            3,
            "",
            "# Is *this* <b>pain</b> & tiredness [normal]?",
            False,
            "",
            False,
            "",
            "",
            False,
            made,
            made,
        ),
        SheetItem(
            uid(25),
            SHEET_UID,
            4,
            THIRD_OPINION,
            question(THIRD_OPINION),
            False,
            "",
            False,
            "",
            "",
            True,
            made,
            made,
        ),
    ]
    return sheet, items


def sample_document(library: Library) -> SheetDocument:
    sheet, items = sample_sheet(library)
    notes = {note.uid: note for note in sample_notes(library)}
    return build_sheet_document(
        library,
        sheet,
        items,
        notes,
        printed_at=PRINTED_AT,
        app_name=APP_NAME,
        app_version=APP_VERSION,
    )


def empty_document(library: Library) -> SheetDocument:
    """A sheet just made: no title of its own, no date, no questions."""
    sheet = Sheet(uid(30), "", "", "", "", at(24, 9), at(24, 9))
    return build_sheet_document(
        library, sheet, [], {}, printed_at=PRINTED_AT, app_name=APP_NAME, app_version=APP_VERSION
    )


def golden_outputs() -> dict[str, str]:
    """File name in tests/golden/sheets -> expected content."""
    library = load_sample_library()
    doc, empty = sample_document(library), empty_document(library)
    sheet, items = sample_sheet(library)
    return {
        "sheet.md": sheet_to_markdown(doc),
        "sheet.html": sheet_to_html(doc),
        "sheet-paper.html": sheet_to_html(doc, paper=True),
        "empty.md": sheet_to_markdown(empty),
        "empty.html": sheet_to_html(empty),
        "sheet.json": to_json(
            [],
            sample_notes(library),
            exported_at=PRINTED_AT,
            library=library,
            sheets=[(sheet, items)],
        ),
    }


def write_all() -> list[Path]:
    written = []
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in golden_outputs().items():
        write_text_atomic(GOLDEN_DIR / name, text)
        written.append(GOLDEN_DIR / name)
    return written


def write_pdf(target: Path) -> Path:
    """The sample sheet as the program's PDF export draws it."""
    from expertreader.export.pdf import sheet_pdf_bytes

    write_bytes_atomic(target, sheet_pdf_bytes(sample_document(load_sample_library())))
    return target


def write_picture(pdf: Path, pages: tuple[int, int] = (1, 2), dpi: int = 56) -> Path:
    """The first two pages of the PDF side by side, as printed (poppler's pdftoppm draws them;
    Qt puts them on a grey desk)."""
    import subprocess
    import tempfile

    from PySide6.QtGui import QColor, QImage, QPainter

    gap = 16
    with tempfile.TemporaryDirectory() as folder:
        first, last = pages
        stem = Path(folder) / "page"
        command = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last)]
        subprocess.run([*command, str(pdf), str(stem)], check=True)
        images = [QImage(str(path)) for path in sorted(Path(folder).glob("page*.png"))]
        width = sum(image.width() for image in images) + gap * (len(images) + 1)
        height = max(image.height() for image in images) + gap * 2
        desk = QImage(width, height, QImage.Format.Format_RGB32)
        desk.fill(QColor("#8a8f98"))
        painter = QPainter(desk)
        x = gap
        for image in images:
            painter.drawImage(x, gap, image)
            x += image.width() + gap
        painter.end()
        made = Path(folder) / "desk.png"
        assert desk.save(str(made))
        write_bytes_atomic(PICTURE, made.read_bytes())
    return PICTURE


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        pdf = write_pdf(Path(scratch) / "example-sheet.pdf")
        for path in [*write_all(), write_picture(pdf)]:
            sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
