"""The Qt bindings we ship must not corrupt reference counts (PySide6 6.12.0 on Python 3.11 did).

With that release every Python call of a Qt method returning nothing took one reference from
``None`` and every ``Signal.emit()`` one from ``True``; a few hundred clicks later the process
aborted with ``Fatal Python error: none_dealloc``. On Python 3.12+ both are immortal and their
counts never move, so the check means something only on 3.11, the oldest Python we support and
the one ``make test`` uses.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QStringListModel, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

CALLS = 1000
pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None and True are immortal on Python 3.12+"
)


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


def _drift(singleton: object, action: object) -> int:
    """How far ``singleton``'s reference count moves over ``CALLS`` runs of ``action``."""
    assert callable(action)
    action()  # warm up: first calls may cache things
    before = sys.getrefcount(singleton)
    for _ in range(CALLS):
        action()
    return sys.getrefcount(singleton) - before


def test_setters_returning_nothing_keep_none_alive(qapp: object) -> None:
    label, editor, widget = QLabel(), QPlainTextEdit(), QWidget()
    assert _drift(None, lambda: label.setText("a")) == 0
    assert _drift(None, lambda: editor.setPlainText("b")) == 0
    assert _drift(None, lambda: widget.setEnabled(True)) == 0
    assert _drift(None, lambda: widget.setAccessibleName("c")) == 0


def test_signal_emits_keep_true_alive(qapp: object) -> None:
    emitter = _Emitter()
    received = {"true": 0}

    def count(value: bool) -> None:  # keeps no reference to the value it is given
        received["true"] += value is True

    emitter.plain.connect(lambda: None)
    emitter.flag.connect(count)
    assert _drift(True, emitter.plain.emit) == 0
    assert _drift(True, lambda: emitter.flag.emit(True)) == 0
    assert _drift(None, emitter.plain.emit) == 0
    assert received["true"] == CALLS + 1


def test_model_signals_keep_none_and_true_alive(qapp: object) -> None:
    """``dataChanged.emit`` is what the question list calls on every bookmark toggle."""
    model = QStringListModel(["a", "b"])
    index = model.index(0, 0)
    assert _drift(True, lambda: model.dataChanged.emit(index, index)) == 0
    assert _drift(None, lambda: model.dataChanged.emit(index, index)) == 0
