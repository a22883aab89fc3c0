"""Small article folders for the content index, library and search tests (written here, by hand)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

QAs = Sequence[tuple[str, Sequence[str]]]

ARTICLES: dict[str, tuple[str, str, QAs]] = {
    "a_second.txt": (
        "Ask the Expert: Second Opinions",
        "March 2, 2018",
        [
            (
                "How do I ask for a second opinion?",
                ["Ask your oncologist; a second opinion is common and welcome."],
            ),
            (
                "Will my doctor be offended?",
                ["No doctor should be offended by a patient who wants a second opinion."],
            ),
            (
                "What about a third doctor?",
                [
                    "Too many opinions can confuse. One second look is usually enough.",
                    "Trials at a referral center may be discussed.",
                ],
            ),
        ],
    ),
    "b_trials.txt": (
        "Ask the Expert: Clinical Trials",
        "June 5, 2020",
        [
            (
                "Is a clinical trial right for me?",
                ["A trial can offer new treatment. Ask about eligibility before you start."],
            ),
            (
                "Where can I read about café meetings for patients?",
                ["Many centers host a café where people meet. Naïve questions are welcome."],
            ),
        ],
    ),
    "c_fatigue.txt": (
        "Ask the Expert: Fatigue",
        "",
        [
            (
                "Why am I so tired after treatment?",
                ["Fatigue is common after chemotherapy. Gentle walking helps many people."],
            ),
        ],
    ),
}


def article_text(title: str, date: str, qas: QAs, disclaimer: str = "") -> str:
    lines = [title]
    if date:
        lines.append(date)
    lines.append("In this article, expert Jane Roe, MD, answered your questions.")
    if disclaimer:
        lines.append(disclaimer)
    for question, answer in qas:
        lines.append(question)
        lines.extend(answer)
    return "\n\n".join(lines) + "\n"


def write_library(folder: Path, articles: dict[str, tuple[str, str, QAs]] = ARTICLES) -> Path:
    """The articles as files in ``folder`` (made if missing); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, date, qas) in articles.items():
        (folder / name).write_text(
            article_text(title, date, qas, "Remember: this is general information."),
            encoding="utf-8",
        )
    return folder


def touch(path: Path, seconds_later: int = 10) -> None:
    """A new modification time, the content unchanged (what a copy or an installer does)."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + seconds_later * 1_000_000_000))
