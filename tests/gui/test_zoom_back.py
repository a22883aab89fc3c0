"""Text made large and back: the window lays itself out exactly as before (the reading side
kept the height it was given at the large size, so it scrolled and hid the note box)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from expertreader.ui import style
from expertreader.ui.app import ExpertReaderUI
from tests.gui.conftest import BuildUI
from tests.unit.library_files import article_text

LONG_ANSWER = tuple(f"Paragraph {n}: " + "a long answer to read slowly. " * 12 for n in range(15))


def settle() -> None:
    for _ in range(6):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def layout_of(ui: ExpertReaderUI) -> dict[str, object]:
    window = ui.window
    areas = [area for area in window.findChildren(QScrollArea) if area.isVisible()]
    return {
        "message line": window.messages.height(),
        "disclaimer": window.banner.height(),
        "note box": window.notes.answer_note.height(),
        "scrolling": sorted((a.objectName(), a.verticalScrollBar().maximum()) for a in areas),
        "header in the page": window._header_in_page,
    }


@pytest.mark.parametrize("answer", ["short", "long"])
def test_ten_steps_up_and_back_lay_the_window_out_as_before(
    build_ui: BuildUI, tmp_path: Path, answer: str
) -> None:
    content = None
    if answer == "long":
        content = tmp_path / "content"
        content.mkdir()
        text = article_text("A long article", "March 2, 2018", [("Is it long?", LONG_ANSWER)])
        (content / "long.txt").write_text(text, encoding="utf-8")
    ui = build_ui(content)
    ui.window.resize(1120, 700)
    settle()
    before = layout_of(ui)
    for _ in range(10):
        ui.window.zoom_in_action.trigger()  # Ctrl++
        settle()
    ui.window.zoom_reset_action.trigger()  # Ctrl+0
    settle()
    assert ui.reader.point_size == style.BASE_POINT_SIZE
    assert layout_of(ui) == before
