"""The answer, as screen readers should meet it: a document to browse, with all of its text.

Qt exposes a ``QTextBrowser`` with the role of a label (AT-SPI "label"), so Orca treats the answer
as one long name and offers no browse mode; a read-only ``QTextEdit`` becomes an edit field
instead. Neither says "document". Qt's own interface for the browser is otherwise complete: its
text interface, written in C++, gives lines as laid out, words, sentences, the selection and the
text's attributes.

So the answer view gets an interface of its own that only changes what is said about it (the
Document role, AT-SPI "document frame") and hands every text question to Qt's own text
interface. Writing the text interface in Python does not work well with PySide6: two of its
methods (``selection``, ``attributes``) return through pointers and cannot be overridden, so a
screen reader asking for the selection gets random numbers, and lines would be whole paragraphs.

PySide6 details: ``interface_cast`` must return a ``shiboken6.VoidPtr`` (an int or None crashes
the binding). Qt's own interface stays alive beside ours (Qt keeps both in its accessibility
cache and deletes them when the program ends); ours is the one registered for the widget.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QTextEdit


class AnswerDocument(QAccessibleWidget):
    """The answer view as a read-only document; its text is Qt's own text interface.

    Qt's interface is looked up by its id each time, never kept: a Python wrapper kept for an
    object Qt deletes itself would outlive it, and PySide6 would hand that stale wrapper back
    for the next object made at the same address.
    """

    def __init__(self, view: QTextEdit, qt_own: QAccessibleInterface) -> None:
        super().__init__(view, QAccessible.Role.Document)
        self._qt_own_id = QAccessible.uniqueId(qt_own)

    def _qt_own(self) -> QAccessibleInterface | None:
        qt_own = QAccessible.accessibleInterface(self._qt_own_id)
        return qt_own if qt_own is not None and qt_own.isValid() else None

    def state(self) -> QAccessible.State:
        qt_own = self._qt_own()
        state = qt_own.state() if qt_own is not None else super().state()
        state.readOnly = True  # besides multi-line, selectable text, focus... from Qt's
        state.editable = False
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        """Qt's own text interface; for the rest (actions), what any widget offers.

        The binding wants a ``VoidPtr`` back, never an int or None (either crashes it).
        """
        qt_own = self._qt_own()
        if kind == QAccessible.InterfaceType.TextInterface:
            found: object = qt_own.interface_cast(kind) if qt_own is not None else None
        else:
            found = super().interface_cast(kind)
        return found if found is not None else shiboken6.VoidPtr(0)  # type: ignore[return-value]


def expose_as_document(view: QTextEdit) -> AnswerDocument | None:
    """From now on screen readers meet ``view`` as a document. Keep the result referenced.

    None when Qt gives the view no text interface of its own (it then stays as Qt made it).
    """
    qt_own = QAccessible.queryAccessibleInterface(view)  # Qt's, made now or at construction
    if isinstance(qt_own, AnswerDocument):
        return qt_own
    if qt_own is None or qt_own.textInterface() is None:
        return None
    document = AnswerDocument(view, qt_own)
    del qt_own  # see AnswerDocument: no wrapper of Qt's own interface is kept
    QAccessible.registerAccessibleInterface(document)  # the view's interface from now on
    return document
