"""Every exported annotation passes every MUST assertion of the W3C annotation-model tests.

The assertions are the Web Annotation Working Group's own JSON Schemas (web-platform-tests,
``annotation-model/``), copied under tests/w3c/ with their SOURCE.md and LICENSE.md. They are
evaluated as the WPT harness (JSONtest.js) does: each ``.test`` file lists assertions (file
names, inline objects or nested lists); an assertion's ``expectedResult`` says whether the input
should validate; when the outcome differs, ``onUnexpectedResult`` says whether that counts as a
failure or a pass and whether to continue, skip the rest of the list, or abort; and
``assertionType`` says how much a failure matters (only ``must`` fails this test).

Schemas name each other by bare file names (``"id": "annotations.json"``), which the harness
registers in one flat namespace; a ``referencing`` registry does the same here, fully offline.
JSON Schema only checks ``format`` when told how; the harness's validator (ajv) checks ``uri``
and ``date-time``, so this test does too, with the RFC 3986 / RFC 3339 grammars below.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from expertreader.content.library import load_library
from expertreader.export.annotations import to_annotation_collection
from expertreader.notes.model import Bookmark, Note, Passage

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "tests" / "w3c" / "annotation-model"
ANNOTATION_MUSTS = SUITE / "annotations" / "annotationMusts.test"
PAGE_MUSTS = SUITE / "collections" / "pages" / "pageMusts.test"
# Named by pageMusts.test but absent from the public index the suite was copied from (SOURCE.md).
KNOWN_ABSENT = {"collections/pages/5.2-pageContextValidated.json"}

# RFC 3986 "URI" (scheme required), character-level: what ajv's "uri" format accepts.
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
_URI = re.compile(rf"^[A-Za-z][A-Za-z0-9+.\-]*:{_PCHAR}*(?:#{_PCHAR}*)?$")
# RFC 3339 date-time.
_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$"
)

FORMATS = FormatChecker(formats=())


@FORMATS.checks("uri")  # type: ignore[untyped-decorator]
def is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


@FORMATS.checks("date-time")  # type: ignore[untyped-decorator]
def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.match(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    try:
        dt.datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return False
    return True


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def build_registry() -> Registry[Any]:
    """Every schema in the copied suite, under the bare ``id`` the harness registers it by."""
    resources = []
    for path in sorted(SUITE.rglob("*.json")):
        schema = load_json(path)
        resources.append((schema["id"], Resource.from_contents(schema, DRAFT4)))
    return Registry().with_resources(resources)


REGISTRY = build_registry()


@dataclass
class Outcome:
    """What running one .test file against one input found."""

    passed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (title, type, message)
    missing: list[str] = field(default_factory=list)
    aborted: bool = False

    @property
    def must_failures(self) -> list[tuple[str, str, str]]:
        return [failure for failure in self.failed if failure[1] == "must"]


class _AbortError(Exception):
    pass


def run_test_file(test_file: Path, instance: object) -> Outcome:
    """Evaluate every assertion of a ``.test`` file against ``instance``, harness-style."""
    outcome = Outcome()
    try:
        run_list(load_json(test_file)["assertions"], test_file.parent, instance, outcome)
    except _AbortError:
        outcome.aborted = True
    return outcome


def run_list(assertions: list[Any], folder: Path, instance: object, outcome: Outcome) -> bool:
    """Run a list in order; False when an assertion asked to skip the rest of it."""
    for entry in assertions:
        if isinstance(entry, list):
            run_list(entry, folder, instance, outcome)
            continue
        assertion = resolve(entry, folder)
        if assertion is None:
            outcome.missing.append(str(entry))
            continue
        if not run_assertion(assertion, folder, instance, outcome):
            return False
    return True


def resolve(entry: Any, folder: Path) -> dict[str, Any] | None:
    """A file reference (relative to the suite top when it has a slash) or an inline object."""
    if isinstance(entry, str):
        path = SUITE / entry if "/" in entry else folder / entry
        return load_json(path) if path.exists() else None
    if isinstance(entry, dict) and "assertionFile" in entry:
        base = resolve(entry["assertionFile"], folder)
        if base is None:
            return None
        merged = dict(base)
        merged.update({k: v for k, v in entry.items() if k != "assertionFile"})
        return merged
    assert isinstance(entry, dict), f"unexpected assertion entry {entry!r}"
    return entry


def run_assertion(
    assertion: dict[str, Any], folder: Path, instance: object, outcome: Outcome
) -> bool:
    title = str(assertion.get("title", assertion.get("id", "?")))
    expected_valid = assertion.get("expectedResult", "valid") == "valid"
    if "assertions" in assertion:  # a condition object: combine its children's results
        results = [
            valid_against(child, folder, instance)
            for child in (resolve(a, folder) for a in assertion["assertions"])
            if child is not None
        ]
        valid = any(results) if assertion.get("compareWith") == "or" else all(results)
    else:
        valid = valid_against(assertion, folder, instance)
    if valid == expected_valid:
        outcome.passed.append(title)
        return True
    action = assertion.get("onUnexpectedResult", "failAndContinue")
    if action.startswith("fail"):
        message = str(assertion.get("errorMessage", "unexpected result"))
        outcome.failed.append((title, assertion.get("assertionType", "must"), message))
    else:
        outcome.passed.append(title)
    if action.endswith("Abort"):
        raise _AbortError
    return not action.endswith("Skip")


def valid_against(assertion: dict[str, Any], folder: Path, instance: object) -> bool:
    if "assertions" in assertion:
        children = [resolve(a, folder) for a in assertion["assertions"]]
        results = [valid_against(c, folder, instance) for c in children if c is not None]
        return any(results) if assertion.get("compareWith") == "or" else all(results)
    validator = Draft4Validator(assertion, registry=REGISTRY, format_checker=FORMATS)
    return bool(validator.is_valid(instance))


# --------------------------------------------------------------------------------------------
# The sample: bookmarks, whole-answer notes and passage notes, on real and vanished questions.


def sample_collection() -> dict[str, Any]:
    library = load_library(ROOT / "resources" / "content")
    article = library.articles[0]
    qa = article.qas[2]
    exact = "[with your new treatment plan]"
    start = qa.answer_text.index(exact)
    when = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
    bookmarks = [
        Bookmark(article.qas[0].id, when, uid="urn:uuid:6f1c1e0e-2a47-4b8e-9a0b-0d5b7c1f0a01"),
        Bookmark("gone0000gone0000", when, uid="", question="A vanished question?"),
    ]
    notes = [
        Note(qa.id, "Ask Dr. Lee about trials", when, when, uid="urn:uuid:1"),
        Note(
            qa.id,
            '<b>Markup</b> & "quotes" stay text\nover two lines',
            when,
            when + dt.timedelta(days=1),
            uid="6f1c1e0e-2a47-4b8e-9a0b-0d5b7c1f0a03",
            passage=Passage(exact, "comfortable ", ". But", start, start + len(exact)),
        ),
        Note("gone0000gone0000", "", when, when, uid="", passage=Passage("", "", "", 0, 0)),
    ]
    return to_annotation_collection(bookmarks, notes, exported_at=when, library=library)


COLLECTION = sample_collection()
ANNOTATIONS: list[dict[str, Any]] = COLLECTION["first"]["items"]


def test_the_suite_is_complete() -> None:
    """Every assertion annotationMusts.test names is here; pageMusts lacks only the known one."""
    names = load_json(ANNOTATION_MUSTS)["assertions"]
    assert len(names) == 14
    assert all((SUITE / name).exists() for name in names)
    page_names = load_json(PAGE_MUSTS)["assertions"]
    assert {name for name in page_names if not (SUITE / name).exists()} == KNOWN_ABSENT


def test_the_sample_covers_every_kind_of_annotation() -> None:
    motivations = [a["motivation"] for a in ANNOTATIONS]
    targets = [type(a["target"]).__name__ for a in ANNOTATIONS]
    assert motivations.count("bookmarking") == 2
    assert motivations.count("commenting") == 3
    assert "str" in targets and "dict" in targets


@pytest.mark.parametrize("index", range(len(ANNOTATIONS)))
def test_every_annotation_passes_every_must(index: int) -> None:
    annotation = {"@context": COLLECTION["@context"], **ANNOTATIONS[index]}
    outcome = run_test_file(ANNOTATION_MUSTS, annotation)
    assert not outcome.missing
    assert not outcome.aborted
    assert outcome.must_failures == []
    assert len(outcome.passed) == 14


def test_the_collection_passes_the_page_musts_it_can_be_checked_against() -> None:
    outcome = run_test_file(PAGE_MUSTS, COLLECTION)
    assert outcome.missing == sorted(KNOWN_ABSENT)
    assert outcome.must_failures == []
    assert len(outcome.passed) == 14


@settings(max_examples=40, deadline=None)
@given(
    qa_id=st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=30),
    text=st.text(max_size=50),
    uid=st.sampled_from(["", "6f1c1e0e-2a47-4b8e-9a0b-0d5b7c1f0a03", "urn:uuid:x"]),
    seconds=st.integers(0, 4_000_000_000),
    passage=st.booleans(),
)
def test_any_note_exports_conformant(
    qa_id: str, text: str, uid: str, seconds: int, passage: bool
) -> None:
    when = dt.datetime.fromtimestamp(seconds, dt.UTC)
    where = Passage(text, text, text, 0, len(text)) if passage else None
    notes = [Note(qa_id, text, when, when, uid=uid, passage=where, question=text)]
    bookmarks = [Bookmark(qa_id, when, uid=uid, article_title=text)]
    collection = to_annotation_collection(bookmarks, notes, exported_at=when)
    for item in collection["first"]["items"]:  # type: ignore[index]
        outcome = run_test_file(ANNOTATION_MUSTS, {"@context": collection["@context"], **item})
        assert outcome.must_failures == []


def broken(change: str) -> dict[str, Any]:
    """A passage-note annotation with one deliberate defect."""
    passage_note = next(a for a in ANNOTATIONS if isinstance(a["target"], dict))
    annotation: dict[str, Any] = copy.deepcopy({"@context": COLLECTION["@context"], **passage_note})
    if change == "no target":
        del annotation["target"]
    elif change == "body and bodyValue":
        annotation["bodyValue"] = "text"
    elif change == "bad time":
        annotation["created"] = "yesterday at noon"
    elif change == "id not a URI":
        annotation["id"] = "not a uri"
    elif change == "wrong context":
        annotation["@context"] = "http://example.org/other.jsonld"
    elif change == "target not a URI":
        annotation["target"] = "expertreader qa"
    return annotation


@pytest.mark.parametrize(
    ("change", "assertion"),
    [
        ("no target", "3.1-targetKeyFound.json"),
        ("body and bodyValue", "3.2.5-notBodyBodyValue.json"),
        ("bad time", "3.3.1-annotationCreatedValidated.json"),
        ("id not a URI", "3.1-annotationIdValidated.json"),
        ("wrong context", "3.1-annotationContextValidated.json"),
        ("target not a URI", "3.2-targetObjectsRecognized.json"),
    ],
)
def test_a_broken_annotation_fails_the_matching_must(change: str, assertion: str) -> None:
    """The check can fail: each defect is caught, by the assertion written for it."""
    outcome = run_test_file(ANNOTATION_MUSTS, broken(change))
    failing = {title for title, _, _ in outcome.must_failures}
    expected = load_json(SUITE / "annotations" / assertion)["title"]
    assert failing == {expected}


def test_skip_and_abort_are_honoured(tmp_path: Path) -> None:
    """The evaluator follows onUnexpectedResult, not only the plain 'must pass' case."""
    never = {"title": "never", "not": {}}
    always = {"title": "always"}
    test_file = tmp_path / "x.test"
    test_file.write_text(
        json.dumps(
            {
                "assertions": [
                    [{**never, "onUnexpectedResult": "failAndSkip"}, {**never, "title": "skipped"}],
                    {**never, "title": "optional", "assertionType": "may"},
                    {
                        **always,
                        "expectedResult": "invalid",
                        "onUnexpectedResult": "passAndContinue",
                    },
                    {**never, "title": "stop", "onUnexpectedResult": "failAndAbort"},
                    {**never, "title": "after abort"},
                ]
            }
        ),
        encoding="utf-8",
    )
    outcome = run_test_file(test_file, {})
    assert [title for title, _, _ in outcome.failed] == ["never", "optional", "stop"]
    assert [title for title, _, _ in outcome.must_failures] == ["never", "stop"]
    assert outcome.passed == ["always"]
    assert outcome.aborted
