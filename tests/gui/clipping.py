"""Which controls on screen cut their text short: buttons, check boxes, tabs, labels, menus, hints.

A control's text fits when its width as drawn (``QFontMetrics.horizontalAdvance``) plus the
control's padding fits in the control, and its line height fits in the control's height. Text
a control elides itself counts as cut (a tab bar that would draw "Your no…" is reported with
its whole title); text elided on purpose by us counts as what it shows (the disclaimer's one line,
whose whole text "Show all" opens). Controls must also lie inside their window, or inside the
page of a scroll area that can bring them into view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from expertreader.ui import style
from expertreader.ui.views.search_field import SearchField, hint_room

BUTTON_PADDING = 2 * (10 + style.FOCUS_WIDTH)  # style.py: padding 10 px + the 3 px ring, each side
TAB_PADDING = 2 * (12 + style.FOCUS_WIDTH)
WORD_WRAP = Qt.TextFlag.TextWordWrap


def plain(text: str) -> str:
    """A caption as drawn: ``&`` marks a shortcut letter, ``&&`` is an ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Every visible control under ``root`` whose text does not fit, described."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QAbstractButton):
            problems += _button(widget)
        elif isinstance(widget, QLabel):
            problems += _label(widget)
        elif isinstance(widget, QTabBar):
            problems += _tabs(widget)
        elif isinstance(widget, QMenuBar):
            problems += _menus(widget)
        elif isinstance(widget, QLineEdit):
            problems += _hint(widget)
        problems += _outside(root, widget)
    return problems


def name(widget: QWidget) -> str:
    what = widget.accessibleName() or widget.objectName() or type(widget).__name__
    return f"{type(widget).__name__} {what!r} ({widget.width()}×{widget.height()})"


def _button(button: QAbstractButton) -> list[str]:
    text = plain(button.text())
    if not text:
        return []
    metrics = button.fontMetrics()
    hint = button.sizeHint()
    problems = []
    if button.width() < hint.width() or button.height() < hint.height():
        problems.append(f"{name(button)} is smaller than it needs ({hint.width()}×{hint.height()})")
    padding = 0
    if isinstance(button, QPushButton | QToolButton):
        padding = BUTTON_PADDING
    elif isinstance(button, QCheckBox | QRadioButton):
        padding = round(button.font().pointSizeF() * 1.35) + 8  # the box and its spacing
    if metrics.horizontalAdvance(text) + padding > button.width():
        problems.append(f"{name(button)} cuts {text!r}")
    if metrics.height() > button.height():
        problems.append(f"{name(button)} is lower than its text")
    return problems


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text:
        return []
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    width = label.width() - margins.left() - margins.right() - 2 * max(0, label.indent())
    height = label.height() - margins.top() - margins.bottom()
    if label.wordWrap():
        needed = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), WORD_WRAP, text)
        if needed.height() > height + 1:
            return [f"{name(label)} shows {height} of the {needed.height()} px its text needs"]
        return []
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > width or metrics.height() * len(lines) > height + 1:
        return [f"{name(label)} cuts {text!r} ({widest} px wide)"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        rect, text = bar.tabRect(index), plain(bar.tabText(index))
        if metrics.horizontalAdvance(text) + TAB_PADDING > rect.width():
            problems.append(f"tab {text!r} is cut ({rect.width()} px wide)")
        if rect.right() >= bar.width() or rect.left() < 0:
            problems.append(f"tab {text!r} is outside its tab bar")
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    if arrows:
        problems.append("the tab bar needs scroll arrows: some tabs are out of view")
    return problems


def _menus(bar: QMenuBar) -> list[str]:
    problems = []
    for action in bar.actions():
        if action.isVisible() and not bar.rect().contains(bar.actionGeometry(action)):
            problems.append(f"menu {plain(action.text())!r} does not fit in the menu bar")
    extension = bar.findChild(QToolButton, "qt_menubar_ext_button")
    if extension is not None and extension.isVisible():
        problems.append("the menu bar hides menus behind »")
    return problems


def _hint(field: QLineEdit) -> list[str]:
    hint = field.placeholderText()
    if field.text() or not hint:
        return []
    room = hint_room(field) if isinstance(field, SearchField) else field.width() - 16
    if field.fontMetrics().horizontalAdvance(hint) > room:
        return [f"{name(field)} cuts its hint {hint!r}"]
    return []


def _outside(root: QWidget, widget: QWidget) -> list[str]:
    """A control outside its window, unless inside a scroll area's page (it scrolls to it)."""
    if widget is root or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return []
        parent = parent.parentWidget()
    box = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    if not root.rect().contains(box):
        return [f"{name(widget)} is outside the window ({box} in {root.rect()})"]
    return []
