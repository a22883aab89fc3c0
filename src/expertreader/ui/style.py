"""The look: Light, Dark and High-contrast themes, large type, a focus ring you can see.

Each theme is an explicit palette (palettes.py) of every colour the window uses. Both the Qt
stylesheet and the ``QPalette`` are built from it, and Fusion draws what the stylesheet leaves, so
no widget falls back to the desktop's colours (on a dark desktop that made text white on cream).
Prints and exports do not use this module: they stay light.

``apply`` runs before the first paint, so it never touches PySide6's ``Qt`` namespace (see
ui/views/main_window.py): until the theme controller asks ``QStyleHints`` after the first paint,
"System" reads the desktop's colour scheme from the desktop's palette.
"""

from __future__ import annotations

import atexit
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from expertreader.ui.palettes import COLOUR_ROLES, PALETTES, Palette

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette, QTextCharFormat

    from expertreader.ui.indicators import IndicatorStyle

BASE_POINT_SIZE = 13
MIN_POINT_SIZE = 10
MAX_POINT_SIZE = 26  # twice the default: 200% text
READING_MARGIN = 18
FOCUS_WIDTH = 3  # px: the ring round a focused control (its resting border is 1 px)
ITEM_FOCUS_WIDTH = 2  # px: the ring inside a focused list row
TAB_MARK_WIDTH = 2  # px: the bar over the current tab (thinner than the ring that replaces it)

SYSTEM = "system"
THEMES: tuple[str, ...] = (SYSTEM, *PALETTES)  # system, light, dark, high-contrast
THEME_ENV = "EXPERTREADER_THEME"  # a theme name that overrides the chosen one (screenshots, tests)


@dataclass
class _Current:
    """What is applied now: the person's choice, the palette it resolved to, the text size."""

    choice: str = SYSTEM
    theme: str = "light"
    point_size: int = BASE_POINT_SIZE
    desktop_dark: bool | None = None  # None until read from the desktop
    style: IndicatorStyle | None = None


_current = _Current()


def theme_override() -> str | None:
    """The theme named by ``EXPERTREADER_THEME``, when it names one."""
    value = os.environ.get(THEME_ENV, "").strip().lower().replace("_", "-").replace(" ", "-")
    return value if value in THEMES else None


def resolve(choice: str) -> str:
    """The palette a choice means now; ``system`` (or anything unknown) follows the desktop."""
    choice = theme_override() or choice
    if choice in PALETTES:
        return choice
    return "dark" if _current.desktop_dark else "light"


def current_choice() -> str:
    """The theme chosen: one of ``THEMES``."""
    return _current.choice


def current_theme() -> str:
    """The palette in use: ``light``, ``dark`` or ``high-contrast`` (never ``system``)."""
    return _current.theme


def current_point_size() -> int:
    return _current.point_size


def palette() -> Palette:
    """The colours of the theme in use."""
    return PALETTES[_current.theme]


def colour(role: str) -> str:
    """One colour of the theme in use, by role: ``colour("editorial")``."""
    if role not in COLOUR_ROLES:
        raise KeyError(f"no colour role {role!r}")
    return str(getattr(palette(), role))


def stylesheet(point_size: int, colours: Palette | None = None) -> str:
    """The whole look, at the reader's chosen text size, in one theme's colours."""
    c = colours or palette()
    ring, rest = FOCUS_WIDTH, 1
    pad = ring - rest  # a focused control keeps its size: the ring takes the padding's place
    indicator = round(point_size * 1.35)  # check boxes grow with the text
    return f"""
QWidget {{ font-size: {point_size}pt; color: {c.text}; }}
QLabel#articleTitle {{ font-size: {point_size + 4}pt; font-weight: bold; }}
QTextBrowser {{ font-size: {point_size + 2}pt; }}
QMainWindow, QDialog, QWidget#central {{ background: {c.window}; color: {c.text}; }}
QLabel {{ background: transparent; }}
QLabel#articleMeta {{ color: {c.muted}; }}
QToolTip {{ background: {c.tooltip}; color: {c.tooltip_text}; border: 1px solid {c.border}; }}
QMenuBar {{ background: {c.window}; color: {c.text}; }}
QMenuBar::item {{ background: transparent; padding: 4px 8px; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{
    background: {c.selection}; color: {c.selection_text};
}}
QMenu {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 24px; }}
QMenu::item:selected {{ background: {c.selection}; color: {c.selection_text}; }}
QMenu::item:disabled {{ color: {c.disabled}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}

QTextBrowser, QPlainTextEdit, QTextEdit, QTreeView, QListView, QLineEdit {{
    background: {c.base}; color: {c.text};
    border: {rest}px solid {c.border}; border-radius: 4px; padding: {pad}px;
    selection-background-color: {c.selection}; selection-color: {c.selection_text};
    placeholder-text-color: {c.placeholder};
}}
QTextBrowser:focus, QPlainTextEdit:focus, QTextEdit:focus, QTreeView:focus, QListView:focus,
QLineEdit:focus {{
    border: {ring}px solid {c.focus}; padding: 0px;
}}
QLineEdit:disabled, QPlainTextEdit:disabled, QTreeView:disabled, QListView:disabled {{
    color: {c.disabled};
}}
QTreeView, QListView {{ outline: 0; }}
QTreeView::item, QListView::item {{
    margin: 2px; border: {ITEM_FOCUS_WIDTH}px solid transparent; padding: 1px 0px;
    background-clip: margin;
}}
QTreeView::item:selected, QListView::item:selected {{
    background: {c.selection}; color: {c.selection_text};
}}
QTreeView::item:focus, QListView::item:focus {{ border-color: {c.focus}; }}
QTreeView::item:selected:focus, QListView::item:selected:focus {{
    border-color: {c.selection_text};
}}

QPushButton, QToolButton {{
    background: {c.button}; color: {c.button_text};
    border: {rest}px solid {c.button_border}; border-radius: 4px; padding: {4 + pad}px {10 + pad}px;
}}
QPushButton:hover, QToolButton:hover {{ background: {c.button_hover}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked, QPushButton:checked {{
    background: {c.button_pressed};
}}
QPushButton:focus, QToolButton:focus {{
    border: {ring}px solid {c.focus}; padding: 4px 10px;
}}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled}; }}
QLineEdit QToolButton {{ border: none; padding: 0px; background: transparent; }}

QCheckBox, QRadioButton {{
    color: {c.text}; spacing: 8px; padding: 0px 3px;
    border: {ring}px solid transparent; border-radius: 4px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {c.disabled}; }}

QTabWidget::pane {{ border: none; }}
QTabBar {{ qproperty-drawBase: 0; }}
QTabBar::tab {{
    background: {c.panel}; color: {c.text}; border: {rest}px solid {c.border};
    border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px;
    padding: {4 + pad}px {12 + pad}px; margin-right: 0px;
}}
QTabBar::tab:selected {{
    background: {c.base}; border-top: {TAB_MARK_WIDTH}px solid {c.selection};
    padding-top: {4 + ring - TAB_MARK_WIDTH}px;
}}
QTabBar::tab:focus {{ border: {ring}px solid {c.focus}; padding: 4px 12px; }}
QTabBar::tab:disabled {{ color: {c.disabled}; }}

QScrollBar:vertical {{ background: {c.panel}; width: 14px; margin: 0px; border: none; }}
QScrollBar:horizontal {{ background: {c.panel}; height: 14px; margin: 0px; border: none; }}
QScrollBar::handle {{ background: {c.scroll_handle}; border-radius: 5px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QSplitter::handle {{ background: {c.window}; }}

QFrame#disclaimer {{
    background: {c.banner}; border: 1px solid {c.banner_border}; border-radius: 4px;
}}
QFrame#disclaimer QLabel {{ color: {c.banner_text}; background: transparent; border: none; }}
QFrame[level="warning"] {{
    background: {c.warning}; border: 1px solid {c.warning_border}; border-radius: 4px;
}}
QFrame[level="warning"] QLabel {{ color: {c.warning_text}; }}
QFrame[level="info"] {{
    background: {c.info}; border: 1px solid {c.info_border}; border-radius: 4px;
}}
QFrame[level="info"] QLabel {{ color: {c.info_text}; }}
QFrame[level] QLabel {{ background: transparent; border: none; }}
"""


def qt_palette(colours: Palette) -> QPalette:
    """The same colours as a ``QPalette``, for what the stylesheet does not reach."""
    from PySide6.QtGui import QColor, QPalette

    role, group = QPalette.ColorRole, QPalette.ColorGroup
    roles = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.base,
        role.AlternateBase: colours.panel,
        role.Text: colours.text,
        role.PlaceholderText: colours.placeholder,
        role.Button: colours.button,
        role.ButtonText: colours.button_text,
        role.BrightText: colours.text,
        role.Highlight: colours.selection,
        role.HighlightedText: colours.selection_text,
        role.Link: colours.accent,
        role.LinkVisited: colours.accent,
        role.ToolTipBase: colours.tooltip,
        role.ToolTipText: colours.tooltip_text,
        role.Light: colours.button_hover,
        role.Midlight: colours.button_hover,
        role.Mid: colours.border,
        role.Dark: colours.border,
        role.Shadow: colours.border,
        role.Accent: colours.focus,
    }
    result = QPalette()
    for colour_role, value in roles.items():
        result.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        result.setColor(group.Disabled, colour_role, QColor(colours.disabled))
    return result


def highlight_format(current: bool) -> QTextCharFormat:
    """How a passage with a note is marked in the answer; the one being looked at, stronger."""
    from PySide6.QtGui import QColor, QTextCharFormat

    c = palette()
    text_format = QTextCharFormat()
    text_format.setBackground(QColor(c.highlight_current if current else c.highlight))
    text_format.setForeground(QColor(c.highlight_text))
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    text_format.setUnderlineColor(QColor(c.highlight_mark))
    return text_format


def apply(theme: str, point_size: int) -> None:
    """Restyle the application in this theme (one of ``THEMES``) at this text size.

    Cheap when nothing changed. Text already shown in the old colours is recoloured.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _current.desktop_dark is None:
        _current.desktop_dark = _desktop_palette_is_dark()  # before ours replaces it
    before = _current.theme
    _current.choice = theme if theme in THEMES else SYSTEM
    _current.theme = resolve(_current.choice)
    _current.point_size = point_size
    colours = PALETTES[_current.theme]
    if _current.style is not None:
        _current.style.colours = colours
    qt_colours = qt_palette(colours)
    if app.palette() != qt_colours:  # also when something else replaced ours
        app.setPalette(qt_colours)
    sheet = stylesheet(point_size, colours)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if before != _current.theme:
        _recolour_documents(PALETTES[before], colours)


def apply_text_size(point_size: int) -> None:
    """Restyle the application at this text size, in the theme already chosen."""
    apply(_current.choice, point_size)


def set_desktop_dark(dark: bool) -> None:
    """Record the desktop's colour scheme, as ``QStyleHints`` reports it, for the next ``apply``."""
    _current.desktop_dark = dark


def follow_desktop(dark: bool) -> None:
    """The desktop's colour scheme changed: restyle now if "System" is chosen."""
    set_desktop_dark(dark)
    apply(_current.choice, _current.point_size)


def _desktop_palette_is_dark() -> bool:
    """A dark desktop gives Qt a dark palette; asking ``QStyleHints`` needs the ``Qt`` enums."""
    from PySide6.QtGui import QGuiApplication, QPalette

    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def finish_setup() -> None:
    """After the first paint: Fusion everywhere, with check boxes drawn in the theme's colours.

    Native styles paint some controls in the desktop's own colours, and Fusion's check box frame
    is too faint; loading the style classes costs about 10 ms, so the first paint goes without.
    """
    from PySide6.QtWidgets import QApplication

    from expertreader.ui.indicators import IndicatorStyle

    if _current.style is None:
        _current.style = IndicatorStyle()
        _current.style.colours = palette()
        QApplication.setStyle(_current.style)
        atexit.register(_release_style)


def _release_style() -> None:
    """At exit, give Qt a style of its own: ours is written in Python, which is going away."""
    from PySide6.QtWidgets import QApplication

    if _current.style is not None and QApplication.instance() is not None:
        QApplication.setStyle("Fusion")
    _current.style = None


def _recolour_documents(before: Palette, after: Palette) -> None:
    """Text already on screen keeps its meaning in the new colours (editorial, muted, marks)."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QApplication, QTextEdit

    swaps = {QColor(getattr(before, r)).rgb(): getattr(after, r) for r in ("editorial", "muted")}
    strong = QColor(before.highlight_current).rgb()
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QTextEdit):
            continue
        document = widget.document()
        spans: list[tuple[int, int, str]] = []
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                new = swaps.get(fragment.charFormat().foreground().color().rgb())
                if new is not None:
                    spans.append((fragment.position(), fragment.length(), new))
                iterator += 1
            block = block.next()
        for start, length, new in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            recoloured = QTextCharFormat()
            recoloured.setForeground(QColor(new))
            cursor.mergeCharFormat(recoloured)
        marks = widget.extraSelections()
        for mark in marks:
            mark.format = highlight_format(mark.format.background().color().rgb() == strong)
        if marks:
            widget.setExtraSelections(marks)
