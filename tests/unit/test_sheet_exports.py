"""Appointment sheets as documents and files: golden files, escaping, large print, the W3C
JSON (valid against the working group's assertions, read back whole), and one answer to print.

Regenerate the golden files after an intended change with ``UPDATE_GOLDEN=1`` (review the diff).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from expertreader.content.disclaimer import default_disclaimer
from expertreader.content.library import Library
from expertreader.export.annotation_reader import read_annotation_bytes
from expertreader.export.annotations import to_annotation_collection
from expertreader.export.answer_document import build_answer_document
from expertreader.export.html import to_html
from expertreader.export.sheet_document import MIN_POINT_SIZE, build_sheet_document
from expertreader.export.sheet_html import sheet_style, sheet_to_html
from expertreader.export.sheet_markdown import RULE, sheet_to_markdown
from expertreader.notes.model import Bookmark
from expertreader.notes.sheet_model import Sheet, SheetItem
from tests.unit.test_export_w3c import ANNOTATION_MUSTS, run_test_file

EXAMPLES = Path(__file__).resolve().parents[1] / "golden" / "sheet_examples.py"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def load_examples() -> ModuleType:
    name = "expertreader_sheet_examples"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, EXAMPLES)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


examples = load_examples()


@pytest.fixture(scope="module")
def library() -> Library:
    loaded: Library = examples.load_sample_library()
    return loaded


@pytest.mark.parametrize("name", sorted(examples.golden_outputs()))
def test_golden_file(name: str) -> None:
    path = examples.GOLDEN_DIR / name
    actual = examples.golden_outputs()[name]
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.exists(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs; UPDATE_GOLDEN=1"


def test_the_document_puts_questions_in_order_with_what_each_prints(library: Library) -> None:
    doc = examples.sample_document(library)
    assert [q.number for q in doc.questions] == [1, 2, 3, 4, 5]
    travel, choose, each_change, typed, third = doc.questions
    assert travel.article_title == "" and travel.asked and "scan" in travel.doctor_said
    assert choose.quote is not None and choose.quote.startswith("I would seek out")  # the answer
    assert choose.note == "Ask which centers near home take part in trials."
    assert each_change.quote == "[with your new treatment plan]"  # the passage, verbatim
    assert typed.quote is None and typed.note is None
    assert third.quote is None and third.asked
    assert doc.appointment == dt.date(2026, 12, 3) and doc.with_whom == "Dr. Lee (oncologist)"
    assert doc.disclaimers and doc.disclaimers[0].startswith("Remember:")


def test_a_sheet_of_its_own_questions_only_carries_the_default_disclaimer(
    library: Library,
) -> None:
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    sheet = Sheet("urn:uuid:s", "", "", "", "", now, now)
    item = SheetItem("urn:uuid:i", "urn:uuid:s", 0, "", "Mine?", True, "", True, "urn:uuid:gone",
                     "", False, now, now)  # fmt: skip
    doc = build_sheet_document(library, sheet, [item], {}, printed_at=now, app_name="E",
                               app_version="1", point_size=9)  # fmt: skip
    assert doc.disclaimers == (default_disclaimer(),)
    assert doc.title == "Questions for my appointment"
    assert doc.point_size == MIN_POINT_SIZE  # never smaller than large print
    [question] = doc.questions
    assert question.quote is None and question.note is None  # nothing to quote, note gone


def test_markup_in_a_question_stays_text_in_markdown_and_html(library: Library) -> None:
    doc = examples.sample_document(library)
    markdown, html = sheet_to_markdown(doc), sheet_to_html(doc)
    assert "### 4. \\# Is \\*this\\* \\<b>pain\\</b> & tiredness \\[normal\\]?" in markdown
    assert "<h3>4. # Is *this* &lt;b&gt;pain&lt;/b&gt; &amp; tiredness [normal]?</h3>" in html
    assert "<b>pain" not in html and "<script" not in html


def test_each_question_has_a_box_to_tick_and_ruled_lines_until_it_is_answered(
    library: Library,
) -> None:
    doc = examples.sample_document(library)
    markdown, html = sheet_to_markdown(doc), sheet_to_html(doc)
    assert markdown.count("- [ ] Asked") == 3 and markdown.count("- [x] Asked") == 2
    assert html.count("☐ Asked") == 3 and html.count("☑ Asked") == 2
    unanswered = sum(1 for q in doc.questions if not q.doctor_said)
    assert markdown.count(RULE) == html.count("<hr>") == unanswered * doc.answer_lines
    assert html.count('<div class="question">') == 5


def test_every_size_in_the_sheets_stylesheet_is_large_print() -> None:
    for size in (MIN_POINT_SIZE, 16, 24):
        sizes = [int(found) for found in re.findall(r"font-size: (\d+)pt", sheet_style(size))]
        assert sizes and min(sizes) >= MIN_POINT_SIZE
        assert f"font-size: {size}pt" in sheet_style(size)


# --- W3C JSON ----------------------------------------------------------------------------------


def sheet_collection(library: Library) -> dict[str, Any]:
    sheet, items = examples.sample_sheet(library)
    return to_annotation_collection(
        [], [], exported_at=examples.PRINTED_AT, library=library, sheets=[(sheet, items)]
    )


def test_every_sheet_annotation_passes_every_must(library: Library) -> None:
    collection = sheet_collection(library)
    annotations = collection["first"]["items"]
    assert [a["motivation"] for a in annotations].count("questioning") == 5
    assert [a["motivation"] for a in annotations].count("describing") == 1
    for annotation in annotations:
        outcome = run_test_file(
            ANNOTATION_MUSTS, {"@context": collection["@context"], **annotation}
        )
        assert not outcome.missing and not outcome.aborted
        assert outcome.must_failures == [], annotation["id"]
        assert len(outcome.passed) == 14


def test_a_sheet_comes_back_whole_from_its_json(library: Library) -> None:
    sheet, items = examples.sample_sheet(library)
    data = json.dumps(sheet_collection(library)).encode()
    imported = read_annotation_bytes(data)
    assert imported.sheets == [sheet]
    assert imported.sheet_items == items
    assert imported.notes == [] and imported.bookmarks == [] and imported.skipped == []


def test_a_broken_sheet_annotation_is_left_out_with_its_reason(library: Library) -> None:
    collection = sheet_collection(library)
    annotations = collection["first"]["items"]
    annotations[1]["expertreader:position"] = -3
    annotations[2]["body"] = {"type": "TextualBody", "value": "  "}
    annotations[3]["created"] = "yesterday"
    imported = read_annotation_bytes(json.dumps(collection).encode())
    assert len(imported.sheet_items) == 2 and len(imported.sheets) == 1
    reasons = " ".join(imported.skipped)
    assert "impossible place" in reasons and "without its words" in reasons
    assert "unreadable 'created'" in reasons


def test_an_older_reader_would_not_take_sheet_questions_for_notes(library: Library) -> None:
    """Nothing of a sheet targets one question alone: the notes reader cannot mistake them."""
    for annotation in sheet_collection(library)["first"]["items"]:
        target = annotation["target"]
        assert not (isinstance(target, str) and target.startswith("expertreader:qa/"))


# --- one answer to print --------------------------------------------------------------------------


def test_one_answer_prints_its_question_answer_notes_and_disclaimer(library: Library) -> None:
    notes = examples.sample_notes(library)
    mark = Bookmark(examples.CHOOSE_DOCTOR, examples.at(20, 8), uid="urn:uuid:b")
    doc = build_answer_document(
        library, examples.EACH_CHANGE, [mark], notes, printed_at=examples.PRINTED_AT,
        app_name="ExpertReader", app_version="0.1.0",
    )  # fmt: skip
    [article] = doc.articles
    [question] = article.questions
    assert question.qa_id == examples.EACH_CHANGE and question.answer  # the expert's words
    assert not question.bookmarked  # the bookmark is on another question
    assert [n.quote for n in question.passage_notes] == ["[with your new treatment plan]"]
    html = to_html(doc)
    assert "Remember:" in html and "I am comfortable with the plan" in html


def test_one_answer_without_notes_still_prints(library: Library) -> None:
    doc = build_answer_document(
        library, examples.THIRD_OPINION, [], [], printed_at=examples.PRINTED_AT,
        app_name="ExpertReader", app_version="0.1.0",
    )  # fmt: skip
    [article] = doc.articles
    [question] = article.questions
    qa = library.qa(examples.THIRD_OPINION)
    assert qa is not None and question.answer == qa.answer
    assert question.answer_notes == () and question.passage_notes == ()
    assert doc.disclaimers == (article.disclaimer,)


def test_the_answer_of_a_question_no_longer_in_the_articles_keeps_its_notes(
    library: Library,
) -> None:
    note = dataclasses.replace(examples.sample_notes(library)[0], qa_id="gone0000gone0000")
    doc = build_answer_document(
        library, "gone0000gone0000", [], [note], printed_at=examples.PRINTED_AT,
        app_name="ExpertReader", app_version="0.1.0",
    )  # fmt: skip
    assert doc.articles == () and len(doc.orphans) == 1
    assert doc.orphans[0].answer_notes[0].text == note.text
