"""W3C JSON export and import: the contract layout, lossless round trips, hostile files."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expertreader.content.disclaimer import DEFAULT_DISCLAIMER
from expertreader.content.library import load_library
from expertreader.export.annotation_reader import (
    MAX_IMPORT_BYTES,
    MAX_NESTING,
    ImportedNotes,
    ImportFileError,
    parse_time,
    read_annotation_bytes,
    read_annotation_file,
)
from expertreader.export.annotations import (
    ARTICLE_TITLE_KEY,
    DISCLAIMER_KEY,
    QUESTION_KEY,
    format_time,
    qa_iri,
    to_annotation_collection,
    to_json,
)
from expertreader.notes.model import Bookmark, Note, Passage

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.UTC
T0 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
T1 = dt.datetime(2026, 11, 25, 8, 30, 15, tzinfo=UTC)


def uid(number: int) -> str:
    return f"urn:uuid:00000000-0000-4000-8000-{number:012d}"


def sample() -> tuple[list[Bookmark], list[Note]]:
    bookmarks = [
        Bookmark("a7641ccc6f5739f6", T0, uid=uid(1), question="Q one?", article_title="A"),
        Bookmark("vanished00000000", T1, uid=uid(2), question="Gone?", article_title="Old"),
    ]
    notes = [
        Note("54ea8238bb8b9684", "Ask Dr. Lee about trials", T0, T1, uid=uid(3)),
        Note(
            "54ea8238bb8b9684",
            "Zweite Meinung – ✓ 🙂\nsecond line\n\n[[[{{{ not nesting }}}]]]",
            T1,
            T1,
            uid=uid(4),
            passage=Passage("[with your new treatment plan]", "comfortable ", ". But", 105, 135),
            question="Can I get a second opinion each time?",
            article_title="March 2018",
        ),
        Note("vanished00000000", "", T0, T0, uid=uid(5), passage=Passage("x", "", "", 0, 1)),
    ]
    return bookmarks, notes


def write(tmp_path: Path, content: str | bytes, name: str = "notes.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def import_error(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_annotation_file(path)
    error = caught.value
    assert str(error).startswith(str(path)), "the message must name the file"
    assert "unexpected problem" not in error.message
    return error


# --------------------------------------------------------------------------------------------
# Writing


def test_layout_is_the_contract() -> None:
    bookmarks, notes = sample()
    collection = to_annotation_collection(bookmarks, notes, exported_at=T1)
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    assert collection["label"] == "ExpertReader notes"
    assert collection["total"] == 5
    assert str(collection["id"]).startswith("urn:uuid:")
    page: Any = collection["first"]
    assert page["type"] == "AnnotationPage"
    assert page["startIndex"] == 0
    assert str(page["id"]).startswith("urn:uuid:")
    items = {item["id"]: item for item in page["items"]}
    assert items[uid(1)] == {
        "id": uid(1),
        "type": "Annotation",
        "motivation": "bookmarking",
        "created": "2026-11-24T10:00:00Z",
        "modified": "2026-11-24T10:00:00Z",
        "target": "expertreader:qa/a7641ccc6f5739f6",
        QUESTION_KEY: "Q one?",
        ARTICLE_TITLE_KEY: "A",
    }
    assert items[uid(3)] == {
        "id": uid(3),
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2026-11-24T10:00:00Z",
        "modified": "2026-11-25T08:30:15Z",
        "body": {
            "type": "TextualBody",
            "value": "Ask Dr. Lee about trials",
            "format": "text/plain",
        },
        "target": "expertreader:qa/54ea8238bb8b9684",
    }
    assert items[uid(4)]["target"] == {
        "source": "expertreader:qa/54ea8238bb8b9684",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": "[with your new treatment plan]",
                "prefix": "comfortable ",
                "suffix": ". But",
            },
            {"type": "TextPositionSelector", "start": 105, "end": 135},
        ],
    }


def test_json_text_is_deterministic_and_readable() -> None:
    bookmarks, notes = sample()
    text = to_json(bookmarks, notes, exported_at=T1)
    assert text == to_json(bookmarks[::-1], notes[::-1], exported_at=T1)
    assert "🙂" in text, "non-ASCII stays readable, not \\u-escaped"
    assert text.endswith("}\n")


def test_ids_always_uris() -> None:
    """Stored uids are kept; a bare UUID gains its urn: prefix; a missing one is derived."""
    bare = "6f1c1e0e-2a47-4b8e-9a0b-0d5b7c1f0a03"
    bookmarks = [Bookmark("a", T0, uid=bare), Bookmark("b", T0, uid="")]
    items: Any = to_annotation_collection(bookmarks, [], exported_at=T0)["first"]
    ids = [item["id"] for item in items["items"]]
    assert ids[0] == f"urn:uuid:{bare}"
    assert ids[1].startswith("urn:uuid:")
    again: Any = to_annotation_collection(bookmarks, [], exported_at=T0)["first"]
    assert [item["id"] for item in again["items"]] == ids, "derived ids are stable"


def test_library_supplies_question_and_title() -> None:
    library = load_library(ROOT / "resources" / "content")
    bookmarks = [Bookmark("a7641ccc6f5739f6", T0, uid=uid(1))]
    page: Any = to_annotation_collection(bookmarks, [], exported_at=T0, library=library)["first"]
    item = page["items"][0]
    assert item[QUESTION_KEY] == "How do I choose a doctor to get a second opinion from?"
    assert item[ARTICLE_TITLE_KEY] == library.articles[0].title


def test_disclaimer_travels_with_the_json_even_when_empty() -> None:
    library = load_library(ROOT / "resources" / "content")
    empty = to_annotation_collection([], [], exported_at=T0, library=library)
    assert empty[DISCLAIMER_KEY] == [library.articles[0].disclaimer]
    without_library = to_annotation_collection([], [], exported_at=T0)
    assert without_library[DISCLAIMER_KEY] == [DEFAULT_DISCLAIMER]


def test_times_are_utc_seconds() -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert format_time(dt.datetime(2026, 1, 2, 3, 4, 5, 999999, tzinfo=plus_two)) == (
        "2026-01-02T01:04:05Z"
    )
    assert format_time(dt.datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02T03:04:05Z"
    assert parse_time("2026-01-02T03:04:05+02:00") == dt.datetime(2026, 1, 2, 1, 4, 5, tzinfo=UTC)
    assert parse_time("2026-01-02T03:04:05.25Z") == dt.datetime(
        2026, 1, 2, 3, 4, 5, 250000, tzinfo=UTC
    )
    assert parse_time("2026-02-30T00:00:00Z") is None
    assert parse_time("0001-01-01T00:00:00+01:00") is None
    assert parse_time(20260102) is None


def test_qa_iri_escapes_odd_ids() -> None:
    assert qa_iri("54ea8238bb8b9684-2") == "expertreader:qa/54ea8238bb8b9684-2"
    assert qa_iri("a b/c") == "expertreader:qa/a%20b%2Fc"


# --------------------------------------------------------------------------------------------
# Round trip


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    bookmarks, notes = sample()
    path = write(tmp_path, to_json(bookmarks, notes, exported_at=T1))
    imported = read_annotation_file(path)
    assert imported.skipped == []
    assert sorted(imported.bookmarks, key=lambda b: b.uid) == bookmarks
    assert sorted(imported.notes, key=lambda n: n.uid) == notes


def test_round_trip_of_odd_ids(tmp_path: Path) -> None:
    bookmarks = [Bookmark("a b/c", T0, uid=uid(1)), Bookmark("54ea8238bb8b9684-2", T0, uid=uid(2))]
    imported = read_annotation_file(write(tmp_path, to_json(bookmarks, [], exported_at=T0)))
    assert imported.bookmarks == bookmarks


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=["Cs"]), max_size=200),
    question=st.text(st.characters(blacklist_categories=["Cs"]), max_size=50),
    start=st.integers(0, 10_000),
    length=st.integers(0, 100),
    seconds=st.integers(0, 4_000_000_000),
)
def test_round_trip_property(
    text: str, question: str, start: int, length: int, seconds: int
) -> None:
    created = dt.datetime.fromtimestamp(seconds, UTC)
    note = Note(
        "54ea8238bb8b9684",
        text,
        created,
        created + dt.timedelta(seconds=7),
        uid=uid(9),
        passage=Passage(text[:length], question, text, start, start + length),
        question=question,
    )
    imported = read_annotation_bytes(to_json([], [note], exported_at=created).encode())
    assert imported.notes == [note]


# --------------------------------------------------------------------------------------------
# Lenient reading of other layouts and other tools' annotations


def annotation(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": uid(1),
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2026-11-24T10:00:00Z",
        "body": {"type": "TextualBody", "value": "hello"},
        "target": "expertreader:qa/54ea8238bb8b9684",
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def collection(*items: Any) -> dict[str, Any]:
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": list(items)},
    }


def read(value: Any) -> ImportedNotes:
    return read_annotation_bytes(json.dumps(value).encode())


def test_items_directly_on_the_collection() -> None:
    imported = read({"type": "AnnotationCollection", "items": [annotation()]})
    assert [n.text for n in imported.notes] == ["hello"]


def test_a_bare_annotation_page() -> None:
    imported = read({"type": ["AnnotationPage"], "items": [annotation()]})
    assert [n.text for n in imported.notes] == ["hello"]


def test_an_empty_collection_imports_nothing() -> None:
    assert read(collection()) == ImportedNotes()
    assert read({"type": "AnnotationCollection", "total": 0}) == ImportedNotes()


def test_other_body_shapes() -> None:
    imported = read(
        collection(
            annotation(id=uid(1), body=None, bodyValue="from bodyValue"),
            annotation(id=uid(2), body=[{"value": "one"}, "http://x.org/", {"value": "two"}]),
            annotation(id=uid(3), target=["expertreader:qa/54ea8238bb8b9684"]),
            annotation(id=uid(4), target={"source": {"id": "expertreader:qa/54ea8238bb8b9684"}}),
        )
    )
    assert [n.text for n in imported.notes] == ["from bodyValue", "one\n\ntwo", "hello", "hello"]
    assert all(n.qa_id == "54ea8238bb8b9684" and n.passage is None for n in imported.notes)


def test_times_fall_back_and_convert() -> None:
    imported = read(
        collection(
            annotation(id=uid(1), created=None, modified="2026-11-24T12:00:00+02:00"),
            annotation(id=uid(2), created="2026-11-24T10:00:00"),
        )
    )
    first, second = imported.notes
    assert first.created == first.modified == dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert second.created == dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def test_bad_annotations_are_skipped_with_reasons() -> None:
    good = annotation(id=uid(1))
    imported = read(
        collection(
            good,
            annotation(id=uid(2), target="http://example.org/page"),
            annotation(id=uid(3), target={"source": "expertreader:qa/x", "selector": {}}),
            annotation(id=uid(4), created="last Tuesday"),
            annotation(id=uid(5), created=None),
            annotation(id=uid(6), body=None),
            annotation(id=uid(7), type="Note"),
            annotation(id="not a uri"),
            annotation(id=uid(8), target="expertreader:qa/"),
            annotation(id=uid(9), body={"value": "\ud800"}),
            annotation(id=uid(10), target=["expertreader:qa/a", "expertreader:qa/b"]),
            good,
            42,
            annotation(
                id=uid(11),
                target={
                    "source": "expertreader:qa/x",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "x"},
                        {"type": "TextPositionSelector", "start": 5, "end": 2},
                    ],
                },
            ),
        )
    )
    assert [n.uid for n in imported.notes] == [uid(1)]
    reasons = "\n".join(imported.skipped)
    assert len(imported.skipped) == 13
    for expected in [
        "annotation 2 ('urn:uuid:00000000-0000-4000-8000-000000000002'): is not about an "
        "ExpertReader question (its target is 'http://example.org/page')",
        "without both a TextQuoteSelector and a TextPositionSelector",
        "unreadable 'created' time",
        "has no 'created' time",
        "has no note text and is not a bookmark",
        "is not of type 'Annotation'",
        "has no usable 'id'",
        "names no valid question",
        "not valid text",
        "has 2 targets",
        "repeats the id of an earlier annotation",
        "annotation 13: is a JSON number, not an annotation",
        "impossible start or end",
    ]:
        assert expected in reasons


def test_a_repeated_note_keeps_its_newest_version() -> None:
    imported = read(
        collection(
            annotation(body={"value": "old"}, modified="2026-11-24T10:00:00Z"),
            annotation(body={"value": "newest"}, modified="2026-11-26T10:00:00Z"),
            annotation(body={"value": "middle"}, modified="2026-11-25T10:00:00Z"),
            annotation(motivation="bookmarking", body=None),
        )
    )
    assert [n.text for n in imported.notes] == ["newest"]
    # A bookmark sharing a note's id is a different thing, not a repeat: both are kept.
    assert len(imported.bookmarks) == 1
    assert [reason.split(": ", 1)[1] for reason in imported.skipped] == [
        "is a newer version of an earlier annotation, which was left out",
        "repeats the id of an earlier annotation",
    ]


def test_a_bookmark_with_text_keeps_its_text_as_a_note() -> None:
    passage_target = {
        "source": "expertreader:qa/54ea8238bb8b9684",
        "selector": [
            {"type": "TextQuoteSelector", "exact": "trials"},
            {"type": "TextPositionSelector", "start": 3, "end": 9},
        ],
    }
    imported = read(
        collection(
            annotation(id=uid(1), motivation="bookmarking", body={"value": "ask about this"}),
            annotation(
                id=uid(2),
                motivation=["bookmarking"],
                body={"type": "TextualBody", "value": "on the words"},
                target=passage_target,
                modified="2026-11-25T10:00:00Z",
                **{QUESTION_KEY: "Q?", ARTICLE_TITLE_KEY: "A"},
            ),
            annotation(id=uid(3), motivation="bookmarking", body={"value": "  \n"}),
            annotation(id=uid(4), motivation="bookmarking", bodyValue="from bodyValue"),
        )
    )
    assert imported.skipped == []
    assert [b.uid for b in imported.bookmarks] == [uid(1), uid(2), uid(3), uid(4)]
    by_text = {n.text: n for n in imported.notes}
    assert set(by_text) == {"ask about this", "on the words", "from bodyValue"}
    whole = by_text["ask about this"]
    assert (whole.qa_id, whole.passage) == ("54ea8238bb8b9684", None)
    on_words = by_text["on the words"]
    assert on_words.passage == Passage("trials", "", "", 3, 9)
    assert (on_words.question, on_words.article_title) == ("Q?", "A")
    assert on_words.modified == dt.datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert all(n.uid.startswith("urn:uuid:") for n in imported.notes)
    assert not {n.uid for n in imported.notes} & {b.uid for b in imported.bookmarks}
    again = read(collection(annotation(motivation="bookmarking", body={"value": "ask about this"})))
    assert again.notes[0].uid == whole.uid, "importing the file again matches the same note"


def test_a_bookmark_whose_text_cannot_be_read_says_so() -> None:
    imported = read(collection(annotation(motivation="bookmarking", body={"value": "\ud800"})))
    assert [b.uid for b in imported.bookmarks] == [uid(1)]
    assert imported.notes == []
    assert len(imported.skipped) == 1
    assert "the bookmark was imported, but its text was left out" in imported.skipped[0]
    assert "not valid text" in imported.skipped[0]


def test_an_empty_answer_note_is_skipped_with_a_reason() -> None:
    imported = read(
        collection(
            annotation(id=uid(1), body={"value": ""}),
            annotation(id=uid(2), body={"value": " \n\t "}),
            annotation(id=uid(3), body=None, bodyValue="   "),
            annotation(id=uid(4)),
        )
    )
    assert [n.uid for n in imported.notes] == [uid(4)]
    assert len(imported.skipped) == 3
    assert all("has an empty note (no text)" in reason for reason in imported.skipped)
    with pytest.raises(ImportFileError, match="has an empty note"):
        read(collection(annotation(body={"value": ""})))


def test_nesting_inside_text_is_not_nesting() -> None:
    deep_text = "[" * 10_000 + "{" * 10_000
    imported = read(collection(annotation(body={"value": deep_text})))
    assert imported.notes[0].text == deep_text


# --------------------------------------------------------------------------------------------
# Files that cannot be imported at all


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot be found" in import_error(tmp_path / "nope.json").message


def test_folder(tmp_path: Path) -> None:
    assert "is a folder" in import_error(tmp_path).message


def test_empty_file(tmp_path: Path) -> None:
    assert import_error(write(tmp_path, " \n")).message == "is empty"


def test_not_json(tmp_path: Path) -> None:
    message = import_error(write(tmp_path, "{'notes': 1}")).message
    assert message.startswith("is not a notes file: it is not valid JSON (line 1, column 2")


def test_a_cut_off_file_says_where_in_plain_words(tmp_path: Path) -> None:
    message = import_error(write(tmp_path, '{"items": [{"id": "abc')).message
    assert message.endswith("(line 1, column 19: unterminated string)")


def test_binary(tmp_path: Path) -> None:
    message = import_error(write(tmp_path, b"%PDF-1.7\n\xff\xfe\x00\x01 binary")).message
    assert message == "is not a notes file: it is not UTF-8 text (byte 0xff at offset 9)"


def test_huge_number(tmp_path: Path) -> None:
    message = import_error(write(tmp_path, '{"total": ' + "9" * 5000 + "}")).message
    assert message == "is not a notes file: it holds a number too long to read"


def test_binary_that_happens_to_be_utf8(tmp_path: Path) -> None:
    assert "not valid JSON" in import_error(write(tmp_path, b"\x00\x01\x02")).message


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    assert import_error(path).message.startswith("is larger than 20 MB")


def test_just_under_the_limit_is_read(tmp_path: Path) -> None:
    body = json.dumps(collection(annotation()))
    padding = MAX_IMPORT_BYTES - len(body)
    imported = read_annotation_file(write(tmp_path, body + " " * padding))
    assert len(imported.notes) == 1


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        "[" * 100_000,
        '{"type": "AnnotationCollection", "items": ' + "[" * (MAX_NESTING + 1) + "]" * 65 + "}",
    ],
    ids=["arrays", "objects", "unclosed", "just-too-deep"],
)
def test_deep_nesting(tmp_path: Path, text: str) -> None:
    message = import_error(write(tmp_path, text)).message
    assert f"nested more than {MAX_NESTING} levels deep" in message


def test_nesting_at_the_limit_is_parsed(tmp_path: Path) -> None:
    text = "[" * MAX_NESTING + "]" * MAX_NESTING
    assert "holds a JSON array" in import_error(write(tmp_path, text)).message


def test_hostile_strings_are_scanned_in_linear_time(tmp_path: Path) -> None:
    """Escaped quotes with no end: a naive string regex would take quadratic time here."""
    started = time.monotonic()
    import_error(write(tmp_path, '"' + '\\"' * 2_000_000))
    import_error(write(tmp_path, '"\\' * 2_000_000))
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([], "it holds a JSON array, not a W3C AnnotationCollection"),
        ("text", "it holds a JSON string"),
        (None, "it holds a JSON null"),
        ({}, "expected a W3C AnnotationCollection (its type is none)"),
        ({"type": "Annotation"}, "(its type is 'Annotation')"),
        ({"type": "AnnotationCollection"}, "its collection has no 'items'"),
        ({"type": "AnnotationCollection", "first": "urn:x:1"}, "in a separate page ('urn:x:1')"),
        ({"type": "AnnotationCollection", "items": {}}, "'items' are not a list"),
        ({"type": "AnnotationPage"}, "'items' are not a list"),
    ],
)
def test_wrong_shape(tmp_path: Path, value: Any, expected: str) -> None:
    assert expected in import_error(write(tmp_path, json.dumps(value))).message


def test_nothing_importable(tmp_path: Path) -> None:
    value = collection(annotation(target="http://example.org/"), annotation(id=uid(2), body=None))
    message = import_error(write(tmp_path, json.dumps(value))).message
    assert message.startswith("has no notes ExpertReader can import: annotation 1")
    assert message.endswith("(and 1 more like it)")


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "{}")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("permissions are not enforced for this user (root)")
        assert "permission denied" in import_error(path).message
    finally:
        path.chmod(0o600)


# --------------------------------------------------------------------------------------------
# Never anything but ImportFileError


def never_crashes(data: bytes) -> None:
    try:
        read_annotation_bytes(data, "fuzz.json")
    except ImportFileError as error:
        assert error.path == "fuzz.json"
        assert "unexpected problem" not in error.message, error.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    never_crashes(data)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(
        [
            "Annotation",
            "AnnotationCollection",
            "AnnotationPage",
            "bookmarking",
            "TextQuoteSelector",
            "TextPositionSelector",
            "expertreader:qa/54ea8238bb8b9684",
            "expertreader:qa/%ff",
            "2026-11-24T10:00:00Z",
            uid(1),
        ]
    ),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "type",
                    "id",
                    "items",
                    "first",
                    "total",
                    "target",
                    "source",
                    "selector",
                    "body",
                    "bodyValue",
                    "value",
                    "motivation",
                    "created",
                    "modified",
                    "exact",
                    "start",
                    "end",
                    "prefix",
                    QUESTION_KEY,
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=6,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_VALUES)
def test_arbitrary_json(value: Any) -> None:
    never_crashes(json.dumps(value).encode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(JSON_VALUES, max_size=4), st.data())
def test_arbitrary_annotations_in_a_real_collection(items: list[Any], data: st.DataObject) -> None:
    bookmarks, notes = sample()
    exported = to_annotation_collection(bookmarks, notes, exported_at=T0)
    page: Any = exported["first"]
    for item in page["items"]:
        key = data.draw(st.sampled_from(sorted(item)))
        item[key] = data.draw(JSON_VALUES)
    page["items"].extend(items)
    never_crashes(json.dumps(exported).encode())


# --------------------------------------------------------------------------------------------
# Issue 8: every export says where its words came from; hostile entries skip only themselves


def test_the_collection_names_the_program_and_each_note_its_article(seed_article: Path) -> None:
    from expertreader.content.library import load_library

    library = load_library(seed_article.parent)
    article, qa = library.find(library.questions(library.article_infos()[0].id)[0].id) or (
        None,
        None,
    )
    assert article is not None and qa is not None
    note = Note(qa.id, "mine", T0, T0, uid=uid(7))
    collection = to_annotation_collection([], [note], exported_at=T1, library=library)
    generator: Any = collection["generator"]
    assert generator["type"] == "Software" and generator["name"].startswith("ExpertReader ")
    [item] = collection["first"]["items"]  # type: ignore[index]
    assert item["expertreader:articleDate"] == "2018-03-02"
    assert item["expertreader:expert"].startswith("William J. Gradishar")


def test_a_note_sharing_a_bookmarks_id_survives_export_and_import() -> None:
    bookmark = Bookmark("54ea8238bb8b9684", T0, uid=uid(9))
    note = Note("54ea8238bb8b9684", "same id, other kind", T0, T1, uid=uid(9))
    text = to_json([bookmark], [note], exported_at=T1)
    ids = [item["id"] for item in json.loads(text)["first"]["items"]]
    assert len(set(ids)) == 2  # every annotation has its own id
    imported = read_annotation_bytes(text.encode())
    assert len(imported.bookmarks) == 1
    assert [n.text for n in imported.notes] == ["same id, other kind"]
    assert imported.skipped == []
    assert to_json(imported.bookmarks, imported.notes, exported_at=T1) == text  # stable


def test_one_impossible_time_zone_skips_only_its_annotation() -> None:
    imported = read(
        collection(
            annotation(id=uid(1), created="2026-11-24T10:00:00+99:00"),
            annotation(id=uid(2), body={"value": "kept"}),
        )
    )
    assert [n.text for n in imported.notes] == ["kept"]
    assert len(imported.skipped) == 1 and "unreadable 'created' time" in imported.skipped[0]


def test_a_lone_surrogate_in_an_id_skips_only_its_annotation() -> None:
    text = json.dumps(collection(annotation(id=uid(2), body={"value": "kept"})))
    bad = json.dumps(annotation(id="urn:x:\\ud800", body={"value": "lost"}))
    text = text.replace('"items": [', '"items": [' + bad.replace("\\\\ud800", "\\ud800") + ", ")
    imported = read_annotation_bytes(text.encode())
    assert [n.text for n in imported.notes] == ["kept"]
    assert len(imported.skipped) == 1 and "not valid text" in imported.skipped[0]
