"""Pipes, devices and folders named like articles are refused at once, never read or waited on.

A named pipe ``x.txt`` used to block ``parse``, ``check``, ``add`` and the window's start for ever.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from expertreader.content.adding import read_candidate
from expertreader.content.errors import ContentError
from expertreader.content.files import NOT_A_FILE
from expertreader.content.library import Library
from expertreader.content.parse import parse_file
from tests.unit.library_files import write_library

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


def pipe(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def device_link(folder: Path) -> Path:
    path = folder / "zero.txt"
    path.symlink_to("/dev/zero")
    return path


def folder_named_like_an_article(folder: Path) -> Path:
    path = folder / "folder.html"
    path.mkdir()
    return path


SPECIAL: list[Callable[[Path], Path]] = [pipe, device_link, folder_named_like_an_article]


@pytest.mark.parametrize("make", SPECIAL)
def test_parse_and_add_refuse_it_at_once(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    special = make(tmp_path)
    for read in (parse_file, read_candidate):
        with pytest.raises(ContentError) as caught:
            read(special)
        assert caught.value.path == str(special)
        assert caught.value.message in (NOT_A_FILE, "is a folder, not an article file")


@pytest.mark.parametrize("make", SPECIAL)
def test_a_content_folder_holding_one_opens_with_a_problem_named(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    folder = write_library(tmp_path / "content")
    special = make(folder)
    library = Library.open(folder)
    assert library.article_count == 3  # the real articles are all there
    [problem] = library.problems
    assert problem.path == str(special) or Path(problem.path).name == special.name
