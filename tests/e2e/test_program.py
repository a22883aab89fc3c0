"""The installed `expertreader` program, run as a person or a script would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PROGRAM = Path(sys.executable).with_name("expertreader")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [str(PROGRAM), *args], capture_output=True, text=True, timeout=60, env=full_env
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("ExpertReader ")


def test_parse_bundled_article(seed_article: Path) -> None:
    result = run("parse", str(seed_article))
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)
    assert len(article["qas"]) == 5
    assert article["qas"][1]["question"] == "Won’t I offend my doctor if I get a second opinion?"


def test_parse_bad_file_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    result = run("parse", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{bad}:1: ")
    assert "Traceback" not in result.stderr


def test_screenshot_writes_png_and_only_into_data_dir(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    shot = tmp_path / "shot.png"
    result = run("--data-dir", str(data), "--screenshot", str(shot), env={"HOME": str(home)})
    assert result.returncode == 0, result.stderr
    width, height = png_size(shot)
    assert width >= 560 and height >= 420
    assert list(home.rglob("*")) == []  # nothing written outside the data folder


def test_environment_variable_sets_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "env-data"
    shot = tmp_path / "shot.png"
    result = run("--screenshot", str(shot), env={"EXPERTREADER_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert data.is_dir()


def test_parse_writes_utf8_whatever_the_console_encoding(seed_article: Path) -> None:
    result = subprocess.run(
        [str(PROGRAM), "parse", str(seed_article)],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
    )
    assert result.returncode == 0
    assert "Won’t I offend" in json.loads(result.stdout.decode("utf-8"))[0]["qas"][1]["question"]


def test_an_empty_data_folder_is_refused_not_taken_as_the_real_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for args in (["--data-dir", "", "search", "x"], ["search", "x", "--data-dir", " "]):
        result = run(*args, env={"HOME": str(home), "XDG_DATA_HOME": str(home / "share")})
        assert result.returncode == 2, args
        assert "--data-dir: an empty folder name" in result.stderr, args
    assert not home.exists()  # nothing was made in the real (here: pretend) data folder
