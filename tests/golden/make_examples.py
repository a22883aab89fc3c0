"""Fixed sample notes and every export made from them: the golden files and docs/examples.

The test suite imports this file (tests/unit/test_export_golden.py) and compares its output with
the files on disk. After an intended change to an export format, regenerate them with either

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/unit -k export
    .venv/bin/python tests/golden/make_examples.py

and review the diff. Everything here is fixed (ids, times, the export time) so output never
depends on the clock or the machine.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from expertreader.atomic import write_text_atomic
from expertreader.content.library import Library, load_library
from expertreader.content.model import QA
from expertreader.export.annotations import to_json
from expertreader.export.document import build_document
from expertreader.export.html import to_html
from expertreader.export.markdown import to_markdown
from expertreader.notes.model import Bookmark, Note, Passage

ROOT = Path(__file__).resolve().parents[2]
CONTENT_DIR = ROOT / "resources" / "content"
GOLDEN_DIR = ROOT / "tests" / "golden"
EXAMPLES_DIR = ROOT / "docs" / "examples"

APP_NAME = "ExpertReader"
APP_VERSION = "0.1.0"
"""Fixed rather than the package's version, so a release does not rewrite every golden file."""
EXPORTED_AT = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
CONTEXT_CHARS = 32

# Questions of the bundled article, by their stable ids.
CHOOSE_DOCTOR = "a7641ccc6f5739f6"
EACH_CHANGE = "54ea8238bb8b9684"
THIRD_OPINION = "14b810f67bb52835"

TRICKY_TEXT = (
    "# Not a heading, *not* emphasis, <script>alert('x')</script> and [x](https://example.org)\n"
    "- not a list\n"
    "1. not a numbered list & not &amp; an entity\n"
    "\n"
    "A second paragraph with a backslash \\ and `code` and | a pipe."
)


def load_sample_library() -> Library:
    """The bundled article, the same content the program ships."""
    return load_library(CONTENT_DIR)


def at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)


def uid(number: int) -> str:
    return f"urn:uuid:00000000-0000-4000-8000-{number:012d}"


def passage(qa: QA, exact: str, occurrence: int = 0) -> Passage:
    """A passage as the note editor would save it: the quote, some context, and its position."""
    text = qa.answer_text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    end = start + len(exact)
    return Passage(
        exact=exact,
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def example_notes(library: Library) -> tuple[list[Bookmark], list[Note]]:
    """What a reader might really have: one bookmark, a note on an answer, a passage note."""
    found = library.find(EACH_CHANGE)
    assert found is not None, "the bundled article lost a question the examples use"
    article, each_change = found
    bookmarks = [Bookmark(CHOOSE_DOCTOR, at(20, 9, 15), uid=uid(1))]
    notes = [
        Note(
            EACH_CHANGE,
            "Ask Dr. Lee whether I should get a second opinion before my next scan",
            at(20, 9, 30),
            at(22, 18, 5),
            uid=uid(2),
            question=each_change.question,
            article_title=article.title,
        ),
        Note(
            EACH_CHANGE,
            "I am comfortable with the plan, but want to know about clinical trials first.",
            at(21, 14, 0),
            at(21, 14, 0),
            uid=uid(3),
            passage=passage(each_change, "[with your new treatment plan]"),
            question=each_change.question,
            article_title=article.title,
        ),
    ]
    return bookmarks, notes


def golden_notes(library: Library) -> tuple[list[Bookmark], list[Note]]:
    """The examples plus the hard cases: markup in a note, two passages, an orphaned note."""
    bookmarks, notes = example_notes(library)
    found = library.find(EACH_CHANGE)
    assert found is not None
    _, each_change = found
    bookmarks.append(Bookmark(THIRD_OPINION, at(23, 8, 0), uid=uid(4)))
    bookmarks.append(
        Bookmark(
            "0123456789abcdef",
            at(19, 7, 45),
            uid=uid(5),
            question="Should I ask about genomic testing?",
            article_title="April 2017 Ask the Expert: Genomic Testing",
        )
    )
    notes += [
        Note(
            EACH_CHANGE,
            TRICKY_TEXT,
            at(23, 10, 0),
            at(23, 10, 0),
            uid=uid(6),
            passage=passage(each_change, "[if you do get a second opinion,]"),
        ),
        Note(
            EACH_CHANGE,
            "Earlier passage, written later: it must still come first.",
            at(24, 9, 0),
            at(24, 9, 0),
            uid=uid(7),
            passage=passage(each_change, "You could get another opinion"),
        ),
        Note(
            "fedcba9876543210",
            "This question was in an older version of the articles.",
            at(18, 16, 20),
            at(18, 16, 20),
            uid=uid(8),
            passage=Passage("an older passage", "quoted from ", " that changed", 12, 28),
            question="What should I bring to a second opinion appointment?",
            article_title="March 2018 Ask the Expert: Second Opinions and Metastatic Breast Cancer",
        ),
    ]
    return bookmarks, notes


def render(
    library: Library, bookmarks: list[Bookmark], notes: list[Note], stem: str
) -> dict[str, str]:
    """Every text export of these notes, keyed by file name."""
    doc = build_document(
        library,
        bookmarks,
        notes,
        include_answers=True,
        exported_at=EXPORTED_AT,
        app_name=APP_NAME,
        app_version=APP_VERSION,
    )
    return {
        f"{stem}.md": to_markdown(doc),
        f"{stem}.html": to_html(doc),
        f"{stem}.json": to_json(bookmarks, notes, exported_at=EXPORTED_AT, library=library),
    }


def golden_outputs() -> dict[str, str]:
    """File name in tests/golden -> expected content."""
    library = load_sample_library()
    outputs = render(library, *golden_notes(library), "notes")
    outputs.update(render(library, [], [], "empty"))
    return outputs


def example_outputs() -> dict[str, str]:
    """File name in docs/examples -> expected content."""
    library = load_sample_library()
    return render(library, *example_notes(library), "example-notes")


def write_all() -> list[Path]:
    """Regenerate the golden files and the documentation examples."""
    written: list[Path] = []
    for folder, outputs in ((GOLDEN_DIR, golden_outputs()), (EXAMPLES_DIR, example_outputs())):
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in outputs.items():
            write_text_atomic(folder / name, text)
            written.append(folder / name)
    return written


def write_pdf_example() -> Path:
    """docs/examples/example-notes.pdf, drawn by the same Qt code as the program's PDF export."""
    from expertreader.atomic import write_bytes_atomic
    from expertreader.export.pdf import pdf_bytes

    library = load_sample_library()
    doc = build_document(
        library,
        *example_notes(library),
        include_answers=True,
        exported_at=EXPORTED_AT,
        app_name=APP_NAME,
        app_version=APP_VERSION,
    )
    target = EXAMPLES_DIR / "example-notes.pdf"
    write_bytes_atomic(target, pdf_bytes(doc))
    return target


if __name__ == "__main__":
    for path in [*write_all(), write_pdf_example()]:
        sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
