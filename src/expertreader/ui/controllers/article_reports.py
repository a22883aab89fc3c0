"""The short report after adding articles from the window: one line, and details on request.

The line names the article (or counts them), its questions and whether anything needs a look;
the details list each file with its warnings and each file that could not be added, with its
line, in the words the parser used. A QObject only for its words: ``self.tr`` is what gives a
plural its forms (lupdate reads no plural from ``QCoreApplication.translate``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from expertreader.content.adding import AddKind, Candidate
from expertreader.content.errors import ContentError


@dataclass(frozen=True, slots=True)
class Report:
    summary: str
    details: str
    title: str


class ArticleReports(QObject):
    """The words of adding, updating and removing articles (``ArticleReports().added_report``)."""

    def added_report(
        self,
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
            if how is AddKind.UPDATE:
                done = self.tr("Updated “{title}”: {questions}.")
            else:
                done = self.tr("Added “{title}”: {questions}.")
            lines.append(done.format(title=only.article.title, questions=self._questions(only)))
        elif added:
            total = sum(len(c.article.qas) for c in added)
            lines.append(
                self.tr("Added {articles} articles, {questions} questions in all.").format(
                    articles=len(added), questions=total
                )
            )
        if warnings:
            lines.append(
                self.tr(
                    "%n part(s) could not be read well and are shown as they are.", None, warnings
                )
            )
        for candidate in [c for c, kind in chosen if kind is AddKind.UNCHANGED]:
            lines.append(
                self.tr("“{title}” is in your library already.").format(
                    title=candidate.article.title
                )
            )
        for candidate in kept:
            lines.append(
                self.tr("You kept the “{title}” you had.").format(title=candidate.article.title)
            )
        if problems:
            lines.append(self.tr("%n file(s) could not be added.", None, len(problems)))
        verbs = {
            AddKind.NEW: self.tr("Added: “{title}” from {file}, {questions}."),
            AddKind.UPDATE: self.tr("Updated: “{title}” from {file}, {questions}."),
            AddKind.UNCHANGED: self.tr("Unchanged: “{title}” from {file}, {questions}."),
        }
        for candidate, kind in chosen:
            file = candidate.path.name
            details.append(
                verbs[kind].format(
                    title=candidate.article.title, file=file, questions=self._questions(candidate)
                )
            )
            details += [
                "    " + self.file_line(file, warning.line, warning.message)
                for warning in (candidate.article.warnings if kind is not AddKind.UNCHANGED else ())
            ]
        details += [
            self.tr("Kept the one you had: “{title}”.").format(title=c.article.title) for c in kept
        ]
        details += [
            self.tr("Not added: {problem}").format(
                problem=self.file_line(Path(error.path).name, error.line, error.message)
            )
            for error in problems
        ]
        needs_details = bool(warnings or problems or len(chosen) + len(kept) > 1)
        return Report(
            " ".join(lines),
            "\n".join(details) if needs_details else "",
            self.tr("Adding articles"),
        )

    def unopened_files(self, problems: Sequence[ContentError]) -> str:
        """The article files that could not be opened at start, each with its line."""
        lines = [self.file_line(Path(p.path).name, p.line, p.message) for p in problems]
        return self.tr(
            "%n article file(s) could not be opened and were skipped: {files}", None, len(problems)
        ).format(files="; ".join(lines))

    def file_line(self, file: str, line: int, message: str) -> str:
        return self.tr("{file}, line {line}: {message}").format(
            file=file, line=line, message=message
        )

    def _questions(self, candidate: Candidate) -> str:
        return self.tr("%n question(s)", None, len(candidate.article.qas))

    def update_question(self, titles: Sequence[str]) -> tuple[str, str, str, str]:
        """Asking before articles in the library are replaced: title, text, yes and no."""
        names = "\n".join(f"“{title}”" for title in titles)
        if len(titles) > 1:
            return (
                self.tr("Update these articles?"),
                self.tr(
                    "These articles are in your library already:\n{titles}\n\nUpdate them with "
                    "the files you chose? Your bookmarks and notes stay."
                ).format(titles=names),
                self.tr("Update"),
                self.tr("Keep the ones I have"),
            )
        return (
            self.tr("Update this article?"),
            self.tr(
                "This article is in your library already:\n{titles}\n\nUpdate it with the file "
                "you chose? Your bookmarks and notes stay."
            ).format(titles=names),
            self.tr("Update"),
            self.tr("Keep the one I have"),
        )

    def remove_question(self, title: str) -> tuple[str, str]:
        """Asking before an added article is removed: title and text."""
        return self.tr("Remove this article?"), self.tr(
            "Remove “{title}” from your library?\n\nYour bookmarks and notes on it are kept. "
            "You find them at the end of the question list, and they come back if you add the "
            "article again."
        ).format(title=title)
