"""The short report after adding articles from the window: one line, and details on request.

The line names the article (or counts them), its questions and whether anything needs a look;
the details list each file with its warnings and each file that could not be added, with its
line, in the words the parser used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from expertreader.content.adding import AddKind, Candidate
from expertreader.content.errors import ContentError

DETAILS_TITLE = "Adding articles"


@dataclass(frozen=True, slots=True)
class Report:
    summary: str
    details: str
    title: str = DETAILS_TITLE


def added_report(
    chosen: Sequence[tuple[Candidate, AddKind]],
    problems: Sequence[ContentError],
    kept: Sequence[Candidate] = (),
) -> Report:
    """What happened to every file of one "add", in plain words."""
    lines: list[str] = []
    details: list[str] = []
    added = [c for c, kind in chosen if kind is not AddKind.UNCHANGED]
    warnings = sum(len(c.article.warnings) for c in added)
    if len(added) == 1:
        [(only, how)] = [(c, k) for c, k in chosen if k is not AddKind.UNCHANGED]
        done = "Updated" if how is AddKind.UPDATE else "Added"
        lines.append(f"{done} “{only.article.title}”: {_questions(only)}.")
    elif added:
        total = sum(len(c.article.qas) for c in added)
        lines.append(f"Added {len(added)} articles, {total} questions in all.")
    if warnings:
        many = warnings != 1
        lines.append(
            f"{warnings} part{'s' if many else ''} could not be read well and "
            f"{'are' if many else 'is'} shown as {'they are' if many else 'it is'}."
        )
    unchanged = [c for c, kind in chosen if kind is AddKind.UNCHANGED]
    for candidate in unchanged:
        lines.append(f"“{candidate.article.title}” is in your library already.")
    for candidate in kept:
        lines.append(f"You kept the “{candidate.article.title}” you had.")
    if problems:
        many = len(problems) != 1
        lines.append(f"{len(problems)} file{'s' if many else ''} could not be added.")
    verbs = {AddKind.NEW: "Added", AddKind.UPDATE: "Updated", AddKind.UNCHANGED: "Unchanged"}
    for candidate, kind in chosen:
        details.append(
            f"{verbs[kind]}: “{candidate.article.title}” from {candidate.path.name}, "
            f"{_questions(candidate)}."
        )
        details += [
            f"    {candidate.path.name}, line {warning.line}: {warning.message}"
            for warning in (candidate.article.warnings if kind is not AddKind.UNCHANGED else ())
        ]
    details += [f"Kept the one you had: “{c.article.title}”." for c in kept]
    details += [
        f"Not added: {Path(error.path).name}, line {error.line}: {error.message}"
        for error in problems
    ]
    needs_details = bool(warnings or problems or len(chosen) + len(kept) > 1)
    return Report(" ".join(lines), "\n".join(details) if needs_details else "")


def _questions(candidate: Candidate) -> str:
    count = len(candidate.article.qas)
    return f"{count} question{'s' * (count != 1)}"


def update_question(titles: Sequence[str]) -> tuple[str, str, str, str]:
    """Asking before articles in the library are replaced: title, text, yes and no."""
    names = "\n".join(f"“{title}”" for title in titles)
    many = len(titles) > 1
    text = (
        f"{'These articles are' if many else 'This article is'} in your library already:\n"
        f"{names}\n\nUpdate {'them' if many else 'it'} with the file{'s' if many else ''} "
        "you chose? Your bookmarks and notes stay."
    )
    title = "Update these articles?" if many else "Update this article?"
    return title, text, "Update", "Keep the ones I have" if many else "Keep the one I have"


def remove_question(title: str) -> tuple[str, str]:
    """Asking before an added article is removed: title and text."""
    return "Remove this article?", (
        f"Remove “{title}” from your library?\n\nYour bookmarks and notes on it are kept. "
        "You find them at the end of the question list, and they come back if you add the "
        "article again."
    )
