""" "Search instead for …" holds a long typed query shortened (a button cannot wrap), the whole
query in its tooltip and in what it searches for."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from expertreader.ui.views.search_results import BUTTON_QUERY_CHARS, SearchResultsPane

LONG = "how do i know if my treatment is stil workng for me"


def test_a_long_typed_query_is_shortened_on_the_button_only(qtbot: QtBot) -> None:
    view = SearchResultsPane()
    qtbot.addWidget(view)
    view.set_summary("3 questions", LONG, [])
    text = view.instead.text()
    assert text.startswith("Search instead for “") and "…" in text
    assert len(text) < len("Search instead for “”") + BUTTON_QUERY_CHARS + 1
    assert LONG in view.instead.toolTip()
    assert LONG in view.instead.accessibleName()
    with qtbot.waitSignal(view.instead_requested) as searched:
        view.instead.click()
    assert searched.args == [LONG]


def test_a_short_one_is_shown_whole(qtbot: QtBot) -> None:
    view = SearchResultsPane()
    qtbot.addWidget(view)
    view.set_summary("3 questions", "secnd opinon", [])
    assert view.instead.text() == "Search instead for “secnd opinon”"
