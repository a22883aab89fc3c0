"""A named pipe called like an article neither hangs the command line nor the window's start."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.e2e.test_program import png_size, run

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")


def test_check_parse_and_add_name_the_pipe_and_return(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for command in ("check", "parse", "add"):
        result = run("--data-dir", str(tmp_path / "data"), command, str(fifo))
        assert result.returncode != 0, command
        assert f"{fifo}:1:" in result.stderr + result.stdout, command
        assert "not an ordinary file" in result.stderr + result.stdout, command
        assert "Traceback" not in result.stderr, command


def test_the_window_starts_beside_a_pipe_in_the_content_folder(
    tmp_path: Path, seed_article: Path
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(seed_article, content)
    os.mkfifo(content / "pipe.txt")
    shot = tmp_path / "shot.png"
    result = run(
        "--data-dir",
        str(tmp_path / "data"),
        "--screenshot",
        str(shot),
        env={"EXPERTREADER_CONTENT_DIR": str(content)},
    )
    assert result.returncode == 0, result.stderr
    assert png_size(shot)[0] > 0
