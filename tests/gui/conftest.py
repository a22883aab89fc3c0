"""Builds the real window against a test data folder and chosen content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from expertreader.content.library import load_library
from expertreader.notes.store import NotesStore
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.startup import configure_application

BuildUI = Callable[..., ExpertReaderUI]


@pytest.fixture
def build_ui(qtbot: QtBot, qapp: object) -> Iterator[BuildUI]:
    """Returns a factory: build_ui(content_dir=None) -> a shown ExpertReaderUI."""
    made: list[ExpertReaderUI] = []

    def build(content_dir: Path | None = None) -> ExpertReaderUI:
        from expertreader import paths

        configure_application(qapp)  # type: ignore[arg-type]
        store = NotesStore.open(paths.notes_db(), paths.backups_dir()).store
        ui = ExpertReaderUI(load_library(content_dir or paths.content_dir()))
        ui.attach_notes(store)
        if ui.notes is not None:  # never block a test run on the "unsaved notes" dialog
            ui.notes.ask_before_close = lambda message: "discard"  # type: ignore[method-assign]
        ui.window.closing.connect(ui.close_store)
        qtbot.addWidget(ui.window)
        ui.window.show()
        qtbot.waitExposed(ui.window)
        made.append(ui)
        return ui

    yield build
    for ui in made:
        ui.window.close_guards.clear()  # a test that left edits unsaved must not block on a dialog
        ui.close_store()


@pytest.fixture
def ui(build_ui: BuildUI) -> ExpertReaderUI:
    return build_ui()
