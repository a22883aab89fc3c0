"""`expertreader parse` in-process: the JSON contract and the error contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from expertreader.cli import main


def test_parse_prints_contract_json(seed_article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(seed_article)]) == 0
    [article] = json.loads(capsys.readouterr().out)
    assert set(article) == {"source", "title", "date", "expert", "intro", "disclaimer", "qas"}
    assert article["date"] == "2018-03-02"
    assert [set(qa) for qa in article["qas"]] == [{"id", "question", "answer"}] * 5


def test_bad_files_exit_2_with_file_line_message(
    seed_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\nno questions")
    code = main(["parse", str(seed_article), str(bad), str(tmp_path / "gone.txt")])
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    lines = out.err.strip().splitlines()
    assert lines[0] == f"{bad}:3: has no questions (a question is a paragraph ending with '?')"
    assert lines[1].startswith(f"{tmp_path / 'gone.txt'}:1: cannot be read")
    assert "Traceback" not in out.err
