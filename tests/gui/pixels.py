"""Measuring a rendered widget: colours by area, text against its ground, focus rings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from expertreader.ui import style
from expertreader.ui.palettes import NON_TEXT, contrast_ratio


class Shot:
    """A widget's rendering, measured by colour (``#rrggbb``)."""

    def __init__(self, widget: QWidget) -> None:
        self.image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert self.image.size() == widget.size(), "measured at a device pixel ratio of 1"

    def pixels(self, rect: QRect) -> list[int]:
        """The 0xAARRGGBB values in ``rect``, row by row."""
        part = self.image.copy(rect)
        assert part.bytesPerLine() == 4 * part.width()
        return list(memoryview(part.constBits()).cast("I"))

    def counts(self, rects: Iterable[QRect]) -> Counter[str]:
        counts: Counter[int] = Counter()
        for rect in rects:
            counts.update(self.pixels(rect))
        return Counter({hex_colour(value): n for value, n in counts.items()})

    def mode(self, rects: Iterable[QRect]) -> str:
        """The most common colour in these rectangles: a background, a border, a ring."""
        return self.counts(rects).most_common(1)[0][0]

    def text_contrast(self, rect: QRect) -> float:
        """Glyphs against their ground: the most common colour vs the one furthest from it."""
        counts = self.counts([rect])
        ground = counts.most_common(1)[0][0]
        return max(contrast_ratio(ground, colour) for colour in counts)


def hex_colour(value: int) -> str:
    return f"#{value & 0xFFFFFF:06x}"


def ring(rect: QRect, width: int) -> list[QRect]:
    """The band of ``rect`` within ``width`` px of its edge, as four rectangles."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    return [
        QRect(x, y, w, width),
        QRect(x, y + h - width, w, width),
        QRect(x, y + width, width, h - 2 * width),
        QRect(x + w - width, y + width, width, h - 2 * width),
    ]


def around(rect: QRect, width: int) -> list[QRect]:
    """The band of ``width`` px just outside ``rect``."""
    return ring(rect.adjusted(-width, -width, width, width), width)


def rect_in(window: QWidget, widget: QWidget, rect: QRect | None = None) -> QRect:
    """``rect`` (default: all of ``widget``) in the window's coordinates."""
    rect = rect or widget.rect()
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


class Report:
    """Measured ratios; the test fails listing every one below its minimum."""

    def __init__(self, theme: str) -> None:
        self.theme = theme
        self.failures: list[str] = []
        self.measured: dict[str, float] = {}

    def check(self, what: str, ratio: float, minimum: float) -> None:
        self.measured[what] = ratio
        if ratio < minimum:
            self.failures.append(f"{self.theme}: {what} {ratio:.2f}:1 (needs {minimum}:1)")


def check_focus_ring(
    report: Report,
    qtbot: QtBot,
    widget: QWidget,
    park: QWidget,
    what: str,
    boundary: bool = True,
) -> None:
    """The ring against the colours either side of it and against the unfocused look."""
    window = widget.window()
    rect = rect_in(window, widget)
    focus(qtbot, park)
    before = Shot(window)
    focus(qtbot, widget)
    check_ring(report, before, Shot(window), rect, style.FOCUS_WIDTH, what)
    if boundary:  # a field's or button's edge, unfocused, against what it sits on
        edge, outside = before.mode(ring(rect, 1)), before.mode(around(rect, 2))
        report.check(f"{what}: boundary", contrast_ratio(edge, outside), NON_TEXT)


def check_ring(
    report: Report, before: Shot, after: Shot, rect: QRect, width: int, what: str
) -> None:
    """The pixels of the band that focus changed: their colour vs both sides, and their area."""
    changed: Counter[int] = Counter()
    for band in ring(rect, width):
        for old, new in zip(before.pixels(band), after.pixels(band), strict=True):
            if contrast_ratio(hex_colour(old), hex_colour(new)) >= NON_TEXT:
                changed[new] += 1
    assert changed, f"{what}: focus changed nothing"
    colour = hex_colour(changed.most_common(1)[0][0])
    outside = after.mode(around(rect, 2))
    inner = after.mode(ring(rect.adjusted(width, width, -width, -width), 2))
    report.check(f"{what}: focus ring vs outside", contrast_ratio(colour, outside), NON_TEXT)
    report.check(f"{what}: focus ring vs inside", contrast_ratio(colour, inner), NON_TEXT)
    # WCAG 2.4.13: the changed area is at least a 2 px perimeter (less rounded corners)
    perimeter = 2 * (2 * rect.width() + 2 * rect.height()) - 16
    report.check(
        f"{what}: focus ring area / 2 px perimeter", sum(changed.values()) / perimeter, 0.9
    )
