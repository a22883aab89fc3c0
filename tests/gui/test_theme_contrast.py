"""Every theme reaches WCAG 2.2 AA on screen: text 4.5:1, control boundaries and focus rings 3:1.

Two kinds of check: the palette's own pairs (every colour that meets another on screen), and the
real window rendered offscreen, its pixels measured (text against its background, each control's
boundary, and the focus ring against what is either side of it and against the unfocused look).
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from expertreader.ui import style
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.theme import ThemeController
from expertreader.ui.palettes import (
    COLOUR_ROLES,
    CONTRAST_PAIRS,
    NON_TEXT,
    PALETTES,
    TEXT,
    contrast_ratio,
)
from expertreader.ui.settings import Settings
from tests.gui.conftest import BuildUI
from tests.gui.pixels import Report, Shot, check_focus_ring, check_ring, focus, rect_in, ring

THEMES = tuple(PALETTES)
EXPORT_PACKAGE = Path(__file__).resolve().parents[2] / "src" / "expertreader" / "export"


@pytest.fixture(autouse=True)
def restore_theme(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts and ends in the default: Light, following a light desktop."""
    monkeypatch.delenv(style.THEME_ENV, raising=False)
    yield
    style.set_desktop_dark(False)
    if QApplication.instance() is not None:
        style.apply(style.SYSTEM, style.BASE_POINT_SIZE)


def view_menu(ui: ExpertReaderUI) -> QMenu:
    menus = [action.menu() for action in ui.window.menuBar().actions()]
    return next(m for m in menus if isinstance(m, QMenu) and m.title() == "&View")


def themed(build_ui: BuildUI, theme: str) -> tuple[ExpertReaderUI, ThemeController]:
    ui = build_ui()
    controller = getattr(ui, "theme", None)  # the window's own, once app.py builds one
    if not isinstance(controller, ThemeController):
        controller = ThemeController(view_menu(ui), ui.settings)
    controller.choose(theme, remember=False)
    QApplication.processEvents()
    return ui, controller


# --- the palettes ------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_every_pair_of_colours_that_meet_reaches_wcag_aa(theme: str) -> None:
    colours = PALETTES[theme]
    failures = [
        f"{pair.where}: {pair.foreground} {ratio:.2f}:1 on {pair.background} "
        f"(needs {pair.minimum}:1)"
        for pair in CONTRAST_PAIRS
        if (
            ratio := contrast_ratio(
                getattr(colours, pair.foreground), getattr(colours, pair.background)
            )
        )
        < pair.minimum
    ]
    assert failures == []


def test_every_colour_role_is_checked_against_what_it_meets() -> None:
    checked = {role for pair in CONTRAST_PAIRS for role in (pair.foreground, pair.background)}
    assert set(COLOUR_ROLES) - checked == set()


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES)
def test_stylesheet_and_qt_palette_use_only_the_theme_colours(theme: str) -> None:
    colours = PALETTES[theme]
    own = {getattr(colours, role).lower() for role in COLOUR_ROLES}
    used = {
        value.lower() for value in re.findall(r"#[0-9a-fA-F]{6}", style.stylesheet(13, colours))
    }
    assert used <= own
    palette = style.qt_palette(colours)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Text, QPalette.ColorRole.Base):
            assert palette.color(group, role).name() in own  # nothing left to the desktop
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == colours.placeholder


# --- the window, rendered (tests/gui/pixels.py measures it) ----------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_rendered_text_reaches_4_5_to_1(build_ui: BuildUI, theme: str) -> None:
    ui, _controller = themed(build_ui, theme)
    w = ui.window
    w.notes.save_status.setText("Saved")
    w.search.clear()
    w.questions.setFocus()  # the answer unfocused: no caret among its letters
    QApplication.processEvents()
    report = Report(theme)
    samples: dict[str, tuple[QWidget, QRect | None]] = {
        "article title": (w.article_title, None),
        "date and expert": (w.article_meta, None),
        "disclaimer": (w.banner.label, None),
        "Bookmarks only": (w.bookmarks_only, w.bookmarks_only.rect().adjusted(30, 4, -4, -4)),
        "Saved": (w.notes.save_status, None),
        "search placeholder": (w.search, w.search.rect().adjusted(4, 4, -40, -4)),
        "answer": (w.answer.viewport(), None),
        "button": (w.add_passage, w.add_passage.rect().adjusted(4, 4, -4, -4)),
    }
    tabs = w.notes.tabBar()
    for tab in range(tabs.count()):
        samples[f"tab {tab + 1}"] = (tabs, tabs.tabRect(tab).adjusted(6, 6, -6, -2))
    view = w.questions
    for row, name in ((0, "selected question"), (1, "question")):
        index = view.model().index(row, 0, view.model().index(0, 0))
        samples[name] = (view.viewport(), view.visualRect(index).adjusted(4, 4, -4, -4))
    measure_text(report, w, samples)
    for level in ("info", "warning"):
        bar = w.messages.show_message(f"A {level} to read", level=level, action=("Again", print))
        QApplication.processEvents()
        assert bar.action_button is not None
        messages: dict[str, tuple[QWidget, QRect | None]] = {
            level: (bar.label, None),
            f"button on {level}": (bar.action_button, None),
        }
        measure_text(report, w, messages)
        bar.dismiss()
    w.add_passage.setEnabled(False)
    QApplication.processEvents()
    switched_off = {"switched-off button": samples["button"]}
    measure_text(report, w, switched_off)
    assert not report.failures, "\n".join(report.failures)


def measure_text(
    report: Report, window: QWidget, samples: dict[str, tuple[QWidget, QRect | None]]
) -> None:
    """Each sample's letters against its ground, measured in the window's rendering."""
    shot = Shot(window)
    for what, (widget, rect) in samples.items():
        assert widget.isVisible(), what
        report.check(what, shot.text_contrast(rect_in(window, widget, rect)), TEXT)


@pytest.mark.parametrize("theme", THEMES)
def test_focus_rings_and_boundaries_reach_3_to_1(
    build_ui: BuildUI, qtbot: QtBot, theme: str
) -> None:
    ui, _controller = themed(build_ui, theme)
    w = ui.window
    warning = w.messages.show_message("A warning", level="warning", action=("Try again", print))
    QApplication.processEvents()
    report = Report(theme)
    controls: dict[str, QWidget] = {
        "search field": w.search,
        "question list": w.questions,
        "button": w.add_passage,
        "Bookmark button": w.bookmark_button,
        "disclaimer button": w.banner.toggle,
        "button on a warning": warning.action_button or w,
        "note field": w.notes.answer_note,
    }
    for what, widget in controls.items():
        check_focus_ring(report, qtbot, widget, w.answer, what)
    check_focus_ring(report, qtbot, w.answer, w.questions, "answer")
    check_focus_ring(report, qtbot, w.bookmarks_only, w.answer, "Bookmarks only", boundary=False)
    check_current_tab_and_row(report, qtbot, ui)
    check_check_box(report, ui)
    assert not report.failures, "\n".join(report.failures)


@pytest.mark.parametrize("theme", THEMES)
def test_a_dialog_s_controls_reach_the_same_contrast(
    build_ui: BuildUI, qtbot: QtBot, theme: str
) -> None:
    from expertreader.ui.views.export_dialog import ExportDialog

    ui, _controller = themed(build_ui, theme)
    dialog = ExportDialog(ui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    report = Report(theme)
    radio = dialog.format_buttons["pdf"]
    check_focus_ring(report, qtbot, radio, dialog.include_answers, "format choice", boundary=False)
    check_focus_ring(
        report, qtbot, dialog.include_answers, radio, "check box in a dialog", boundary=False
    )
    check_focus_ring(report, qtbot, dialog.save_button, radio, "dialog button")
    shot = Shot(dialog)
    report.check("dialog text", shot.text_contrast(rect_in(dialog, radio)), TEXT)
    ground = PALETTES[theme].window
    dot = shot.counts(
        [rect_in(dialog, radio, radio.rect().adjusted(4, 4, -radio.width() + 26, -4))]
    )
    marks = [colour for colour, _n in dot.most_common() if colour != ground]
    report.check("chosen format's dot", contrast_ratio(marks[0], ground), NON_TEXT)
    dialog.close()
    assert not report.failures, "\n".join(report.failures)


def check_current_tab_and_row(report: Report, qtbot: QtBot, ui: ExpertReaderUI) -> None:
    """The current tab and the current question carry their own rings."""
    w = ui.window
    tabs = w.notes.tabBar()
    focus(qtbot, w.answer)
    before = Shot(w)
    focus(qtbot, tabs)
    tab = rect_in(w, tabs, tabs.tabRect(tabs.currentIndex()))
    check_ring(report, before, Shot(w), tab, style.FOCUS_WIDTH, "current tab")
    view = w.questions
    row = rect_in(w, view.viewport(), view.visualRect(view.currentIndex()))
    focus(qtbot, w.answer)
    before = Shot(w)
    focus(qtbot, view)
    after = Shot(w)
    margin = row.adjusted(2, 2, -2, -2)  # the row's fill runs on outside its ring
    check_ring(report, before, after, margin, style.ITEM_FOCUS_WIDTH, "current question")
    fill = after.mode(ring(row, 2))
    selected = contrast_ratio(fill, PALETTES[report.theme].base)
    report.check("selected question vs the list", selected, NON_TEXT)


def check_check_box(report: Report, ui: ExpertReaderUI) -> None:
    """The box's frame (unticked), its fill and its tick (ticked), against the window."""
    box = ui.window.bookmarks_only
    option = QStyleOptionButton()
    option.initFrom(box)
    frame = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    ground = PALETTES[report.theme].window
    unticked = Shot(box).mode(ring(frame.adjusted(1, 1, -1, -1), 2))
    report.check("unticked box: frame", contrast_ratio(unticked, ground), NON_TEXT)
    box.setChecked(True)
    ticked = Shot(box)
    inner = frame.adjusted(3, 3, -3, -3)
    report.check("ticked box: fill", contrast_ratio(ticked.mode([inner]), ground), NON_TEXT)
    report.check("ticked box: tick", ticked.text_contrast(inner), NON_TEXT)
    box.setChecked(False)


def test_a_dark_desktop_does_not_leak_into_the_light_theme(build_ui: BuildUI) -> None:
    """The bug this fixed: a dark desktop's white text on the cream window (1.04:1)."""
    desktop = QPalette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        desktop.setColor(role, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        desktop.setColor(role, QColor("#202020"))
    QApplication.setPalette(desktop)  # what a dark desktop hands Qt
    ui, _controller = themed(build_ui, "light")
    w = ui.window
    w.notes.save_status.setText("Saved")
    QApplication.processEvents()
    shot = Shot(w)  # the window: a label alone has no background of its own
    for widget in (w.bookmarks_only, w.notes.save_status, w.article_meta):
        skip = widget.height() if widget is w.bookmarks_only else 0  # the box, then the words
        rect = rect_in(w, widget, widget.rect().adjusted(skip, 2, 0, -2))
        assert shot.text_contrast(rect) >= TEXT, widget.accessibleName()
        assert shot.mode([rect]) == PALETTES["light"].window, widget.accessibleName()


# --- choosing a theme -----------------------------------------------------------------------------
def test_theme_menu_offers_every_theme_as_one_choice(build_ui: BuildUI) -> None:
    ui, controller = themed(build_ui, style.SYSTEM)
    texts = [action.text() for action in controller.menu.actions()]
    assert texts == ["&System (like the desktop)", "&Light", "&Dark", "&High contrast"]
    assert controller.group.isExclusive()
    assert all(action.isCheckable() for action in controller.menu.actions())
    assert controller.actions[style.SYSTEM].isChecked()
    assert controller.menu.menuAction() in view_menu(ui).actions()


def test_the_chosen_theme_is_applied_and_remembered(build_ui: BuildUI) -> None:
    ui, controller = themed(build_ui, style.SYSTEM)
    controller.actions["dark"].trigger()
    assert style.current_theme() == "dark"
    assert (
        QGuiApplication.palette().color(QPalette.ColorRole.Window).name() == PALETTES["dark"].window
    )
    assert ui.settings.theme == "dark"
    ui.settings.sync()
    assert Settings().theme == "dark"
    again = ThemeController(view_menu(ui), Settings())
    assert again.actions["dark"].isChecked()
    assert style.current_theme() == "dark"


def test_an_unknown_saved_theme_means_system(build_ui: BuildUI) -> None:
    ui = build_ui()
    ui.settings.theme = "purple"
    assert ui.settings.theme == style.SYSTEM


def test_system_follows_the_desktop_colour_scheme(
    build_ui: BuildUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    ui, controller = themed(build_ui, style.SYSTEM)
    assert style.current_theme() == "dark"
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the desktop changes while we run
    assert style.current_theme() == "light"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.current_theme() == "dark"
    assert ui.window.palette().color(QPalette.ColorRole.Window).name() == PALETTES["dark"].window
    controller.choose("high-contrast")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.current_theme() == "high-contrast"  # a theme chosen by name stays


def test_the_environment_variable_overrides_the_choice(
    build_ui: BuildUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = build_ui()
    ui.settings.theme = "light"
    monkeypatch.setenv(style.THEME_ENV, "High_Contrast")
    controller = ThemeController(view_menu(ui), ui.settings)
    assert style.current_theme() == "high-contrast"
    assert not controller.menu.isEnabled()  # the menu says why it cannot change it
    assert style.THEME_ENV in controller.menu.title()
    assert ui.settings.theme == "light"  # a screenshot changes no settings


def test_text_already_shown_takes_the_new_colours(build_ui: BuildUI) -> None:
    ui, controller = themed(build_ui, "light")
    answer = ui.window.answer
    assert answer.qa is not None and "[" in answer.qa.answer_text
    answer.highlight([(0, 5), (10, 20)], current=(10, 20))
    controller.choose("dark")
    editorial = [colour for colour, text in fragments(answer) if text.startswith("[")]
    assert editorial == [PALETTES["dark"].editorial]
    marks = [s.format.background().color().name() for s in answer.extraSelections()]
    assert marks == [PALETTES["dark"].highlight, PALETTES["dark"].highlight_current]


def fragments(answer: QTextEdit) -> Iterator[tuple[str, str]]:
    """(foreground colour, text) of every run of text in the answer's document."""
    document = answer.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            yield fragment.charFormat().foreground().color().name(), fragment.text()
            iterator += 1
        block = block.next()


# --- prints and exports stay light ----------------------------------------------------------
def test_exports_do_not_use_the_theme() -> None:
    for path in EXPORT_PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("expertreader.ui"), path
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("expertreader.ui") for a in node.names), path


def test_a_pdf_made_in_the_dark_theme_is_the_light_one(build_ui: BuildUI) -> None:
    from expertreader.export.document import build_document
    from expertreader.export.pdf import pdf_bytes

    ui = build_ui()
    document = build_document(
        ui.library,
        [],
        [],
        include_answers=True,
        exported_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        app_name="ExpertReader",
        app_version="test",
    )
    made: dict[str, bytes] = {}
    for theme in ("light", "dark", "high-contrast"):
        style.apply(theme, style.BASE_POINT_SIZE)
        made[theme] = _without_dates(pdf_bytes(document))
    assert made["dark"] == made["light"]
    assert made["high-contrast"] == made["light"]


def _without_dates(pdf: bytes) -> bytes:
    """A PDF's creation time and random document ids vary from run to run; nothing else does."""
    return re.sub(
        rb"uuid:[0-9a-f-]+|\d{4}-\d\d-\d\dT[0-9:+.Z-]+|\(D:[^)]*\)|/ID ?\[.*?\]",
        b"",
        pdf,
    )
