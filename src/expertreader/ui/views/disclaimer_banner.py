"""The article's disclaimer, always in view. It can shrink to one line; it can never close."""

from __future__ import annotations

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton

from expertreader.ui.views.plain_text import make_plain, plain_tooltip


class DisclaimerBanner(QFrame):
    """Full text when expanded; one elided line and a "Show all" button when collapsed.

    In a short window the banner is compact: always one line, and "Show all" asks for the full
    text elsewhere (``full_text_requested``) instead of squeezing the reading pane to nothing.
    """

    expanded_changed = Signal(bool)
    full_text_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("disclaimer")
        self.setAccessibleName(self.tr("Disclaimer"))
        self._text = ""
        self._expanded = True
        self._compact = False

        self.label = QLabel()
        make_plain(self.label)  # an article's disclaimer is shown as written, never as markup
        self.label.setAccessibleName(self.tr("Disclaimer text"))
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle = QToolButton()
        self.toggle.setAccessibleName(self.tr("Show or hide the full disclaimer"))
        self.toggle.setAccessibleDescription(
            self.tr("The disclaimer always stays in view, whole or short.")
        )
        self.toggle.clicked.connect(self._on_toggle)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.toggle)
        self._layout = layout
        self._refresh()

    def finish_setup(self) -> None:
        """What needs PySide6's ``Qt`` enums, done after the first paint (see main_window.py)."""
        from PySide6.QtCore import Qt

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.setAlignment(self.toggle, Qt.AlignmentFlag.AlignTop)

    @property
    def text(self) -> str:
        return self._text

    @property
    def expanded(self) -> bool:
        return self._expanded

    @property
    def showing_all(self) -> bool:
        return self._expanded and not self._compact

    def full_text_height(self, width: int) -> int:
        """Height the whole text would take in a banner this wide (no ``Qt`` enums needed)."""
        text_width = max(80, width - self.toggle.sizeHint().width() - 40)
        word_wrap = 0x1000  # Qt.TextFlag.TextWordWrap, as a plain int (see main_window.py)
        box = self.label.fontMetrics().boundingRect(
            QRect(0, 0, text_width, 100_000), word_wrap, self._text
        )
        return box.height() + 20

    def compact_height(self) -> int:
        """Height of the banner on one line: its text or its button, whichever is taller."""
        line = self.label.fontMetrics().height()
        return max(line, self.toggle.sizeHint().height()) + 16

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self._refresh()

    def _on_toggle(self) -> None:
        if self._compact:
            self.full_text_requested.emit()
        else:
            self.set_expanded(not self._expanded)

    def set_text(self, text: str) -> None:
        self._text = text
        self.setAccessibleDescription(text)
        self.label.setToolTip(plain_tooltip(text))
        self._refresh()

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._expanded = expanded
            self._refresh()
            self.expanded_changed.emit(expanded)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self.showing_all:
            self._refresh()

    def _refresh(self) -> None:
        self.label.setWordWrap(self.showing_all)
        if self.showing_all:
            self.label.setText(self._text)
            self.toggle.setText(self.tr("Show less"))
        else:
            width = max(self.label.width(), 80)
            self.label.setText(elide(self._text, self.label.fontMetrics(), width))
            self.toggle.setText(self.tr("Show all"))


def elide(text: str, metrics: QFontMetrics, width: int) -> str:
    """The longest start of ``text`` that fits in ``width`` pixels, with "…" when cut.

    Done by hand because QFontMetrics.elidedText needs the ``Qt`` enums before the first paint.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # binary search on the number of characters kept
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
