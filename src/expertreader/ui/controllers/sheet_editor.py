"""One sheet's page: its questions in order, what each prints, and what the doctor said.

Every change is written through the ``Saver`` at once (kept and retried if the disk refuses);
what the doctor said is saved as it is typed (``doctor_said``). Questions move with Alt+Up and
Alt+Down (or the buttons, or by dragging); taking one off can be undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem

from expertreader.notes.sheet_model import Sheet, SheetItem, short_quote
from expertreader.ui.controllers.doctor_said import DoctorSaid
from expertreader.ui.controllers.sheet_context import SheetContext
from expertreader.ui.views.sheets_window import SheetPage

ITEM_UID_ROLE = Qt.ItemDataRole.UserRole + 1


class SheetEditor(QObject):
    """Drives ``SheetPage`` for one sheet at a time (``show_sheet``)."""

    changed = Signal()  # the sheet's questions changed (the list of sheets shows their count)

    def __init__(
        self,
        context: SheetContext,
        page: SheetPage,
        ask_typed: Callable[[str, str], str | None],
    ) -> None:
        super().__init__(page)
        self.context = context
        self.page = page
        self._ask_typed = ask_typed
        self.sheet: Sheet | None = None
        self.items: list[SheetItem] = []
        self._loading = False
        self._reorder = _single_shot(self, 0, self._order_from_list)
        details = page.details
        self.doctor_said = DoctorSaid(
            context, details.doctor_said, details.status, details.versions_button
        )
        self.doctor_said.saved.connect(self._said)
        questions = page.questions
        questions.currentRowChanged.connect(self._show_chosen)
        questions.itemActivated.connect(lambda _item: self.edit_words())
        questions.model().rowsMoved.connect(lambda *_args: self._dropped())
        questions.model().rowsInserted.connect(lambda *_args: self._dropped())
        page.move_up_action.triggered.connect(lambda: self.move(-1))
        page.move_down_action.triggered.connect(lambda: self.move(1))
        page.up_button.clicked.connect(lambda: self.move(-1))
        page.down_button.clicked.connect(lambda: self.move(1))
        page.remove_button.clicked.connect(self.remove)
        page.type_button.clicked.connect(self.type_question)
        details.edit_button.clicked.connect(self.edit_words)
        details.quote_check.toggled.connect(self._on_quote_toggled)
        details.note_check.toggled.connect(self._on_note_toggled)
        details.asked_check.toggled.connect(self._on_asked_toggled)

    # --- showing

    def show_sheet(self, sheet: Sheet, select: str | None = None) -> None:
        self.flush()
        self.sheet = sheet
        self.reload(select=select)

    def reload(self, select: str | None = None) -> None:
        """Read the sheet's questions again and show them, keeping the chosen one chosen."""
        if self.sheet is None:
            return
        sheets, uid = self.context.sheets, self.sheet.uid
        current = self.chosen()
        select = select or (current.uid if current else None)
        self.items = self.context.saver.read([], lambda: sheets.items(uid))
        listing = self.page.questions
        self._loading = True
        listing.clear()
        for item in self.items:
            entry = QListWidgetItem(self._row_text(item))
            entry.setData(ITEM_UID_ROLE, item.uid)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, self._row_text(item, spoken=True))
            listing.addItem(entry)
        self._loading = False
        uids = [item.uid for item in self.items]
        row = uids.index(select) if select in uids else 0 if uids else -1
        listing.setCurrentRow(row)
        self._show_chosen(row)
        for widget in (self.page.up_button, self.page.down_button, self.page.remove_button):
            widget.setEnabled(bool(self.items))

    def chosen(self) -> SheetItem | None:
        row = self.page.questions.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _row_text(self, item: SheetItem, *, spoken: bool = False) -> str:
        number = self.items.index(item) + 1 if item in self.items else item.position + 1
        marks = []
        if item.asked:
            marks.append(self.tr("✓ asked"))
        if item.include_quote:
            marks.append(self.tr("with a quote"))
        if item.include_note:
            marks.append(self.tr("with your note"))
        if item.doctor_said.strip():
            marks.append(self.tr("the doctor’s answer written down"))
        if item.typed:
            marks.append(self.tr("your own question"))
        if spoken:
            said = ", ".join(marks)
            return self.tr("Question {number} of {count}: {question}. {marks}").format(
                number=number, count=len(self.items), question=item.question, marks=said
            )
        return f"{number}. {item.question}" + (f"\n    {' · '.join(marks)}" if marks else "")

    def _show_chosen(self, _row: int = -1) -> None:
        if self._loading:
            return
        self.flush()
        item = self.chosen()
        details = self.page.details
        details.setEnabled(item is not None)
        self.doctor_said.show(item)
        for check in (details.quote_check, details.note_check, details.asked_check):
            check.blockSignals(True)
        if item is None:
            details.heading.setText(self.tr("Add a question to this sheet to start."))
            for label in (details.quote, details.note):
                label.setText("")
        else:
            number = self.items.index(item) + 1
            position = self.tr("Question {number} of {count}").format(
                number=number, count=len(self.items)
            )
            details.heading.setText(f"{position}: {item.question}")
            details.heading.setAccessibleName(position)
            details.edit_button.setVisible(item.typed)
            quote = self._quote_of(item)
            details.quote_check.setEnabled(bool(quote))
            details.quote_check.setChecked(item.include_quote and bool(quote))
            details.quote.setText(
                f"“{quote}”" if quote else self.tr("Your own question has no quote.")
            )
            note = self.context.note_of(item)
            details.note_check.setEnabled(note is not None)
            details.note_check.setChecked(item.include_note and note is not None)
            details.note.setText(
                note.text if note else self.tr("You have no note on this question.")
            )
            details.asked_check.setChecked(item.asked)
        for check in (details.quote_check, details.note_check, details.asked_check):
            check.blockSignals(False)

    def _quote_of(self, item: SheetItem) -> str:
        if item.quote.strip():
            return item.quote
        qa = self.context.library.qa(item.qa_id) if item.qa_id else None
        return short_quote(qa.answer_text) if qa is not None else ""

    # --- changing a question

    def _write(self, item: SheetItem, key: str, action: Callable[[], object]) -> bool:
        saved = self.context.saver.write(f"sheet-item:{item.uid}:{key}", action)
        return saved

    def _on_quote_toggled(self, on: bool) -> None:
        item = self.chosen()
        if item is None:
            return
        quote = self._quote_of(item)
        sheets = self.context.sheets
        self._write(
            item, "quote", lambda: sheets.update_item(item.uid, include_quote=on, quote=quote)
        )
        self.reload()

    def _on_note_toggled(self, on: bool) -> None:
        item = self.chosen()
        note = self.context.note_of(item) if item else None
        if item is None:
            return
        uid = note.uid if note else item.note_uid
        sheets = self.context.sheets
        self._write(
            item, "note", lambda: sheets.update_item(item.uid, include_note=on, note_uid=uid)
        )
        self.reload()

    def _on_asked_toggled(self, on: bool) -> None:
        item = self.chosen()
        if item is None:
            return
        sheets = self.context.sheets
        self._write(item, "asked", lambda: sheets.update_item(item.uid, asked=on))
        self.reload()

    def edit_words(self) -> None:
        """Change the words of a question the person typed (the articles' stay as written)."""
        item = self.chosen()
        if item is None or not item.typed:
            return
        text = self._ask_typed(self.tr("Change your question"), item.question)
        if not text or text == item.question:
            return
        sheets, before = self.context.sheets, item.question
        self._write(item, "words", lambda: sheets.update_item(item.uid, question=text))
        self.context.undo.push(
            self.tr("change question"),
            lambda: self._write(item, "words", lambda: self._set_words(item.uid, before)),
            lambda: self._write(item, "words", lambda: self._set_words(item.uid, text)),
        )
        self.reload()

    def _set_words(self, uid: str, text: str) -> None:
        self.context.sheets.update_item(uid, question=text)
        self.reload()

    # --- what the doctor said

    def flush(self) -> None:
        """Save what the doctor said if it is still waiting for the typing pause."""
        self.doctor_said.flush()

    def _said(self, item: SheetItem) -> None:
        """The answer was saved (or kept): the list shows the question as it now reads."""
        uids = [entry.uid for entry in self.items]
        if item.uid not in uids:
            return
        row = uids.index(item.uid)
        self.items[row] = item
        shown = self.page.questions.item(row)
        if shown is not None:
            shown.setText(self._row_text(item))

    # --- order, adding and taking off

    def move(self, step: int) -> None:
        item = self.chosen()
        if item is None:
            return
        row = self.items.index(item)
        target = max(0, min(len(self.items) - 1, row + step))
        if target == row:
            return
        sheets = self.context.sheets
        self.context.saver.write(
            f"sheet-order:{item.sheet_uid}", lambda: sheets.move_item(item.uid, target)
        )
        self.reload(select=item.uid)
        self.page.questions.setFocus()
        self.changed.emit()

    def _dropped(self) -> None:
        if not self._loading:
            self._reorder.start()

    def _order_from_list(self) -> None:
        """After a drag and drop: the order the list shows now is the sheet's order."""
        if self.sheet is None:
            return
        listing = self.page.questions
        uids = [str(listing.item(row).data(ITEM_UID_ROLE)) for row in range(listing.count())]
        current = listing.currentItem()
        chosen = str(current.data(ITEM_UID_ROLE)) if current is not None else None
        sheets, sheet_uid = self.context.sheets, self.sheet.uid
        self.context.saver.write(
            f"sheet-order:{sheet_uid}", lambda: sheets.reorder(sheet_uid, uids)
        )
        self.reload(select=chosen)
        self.changed.emit()

    def add(self, item_values: list[dict[str, object]]) -> list[SheetItem]:
        """Add questions at the end (each a dict of ``Sheets.add_item``'s arguments)."""
        if self.sheet is None:
            return []
        sheets, sheet_uid = self.context.sheets, self.sheet.uid
        added: list[SheetItem] = []

        def adder(values: dict[str, object]) -> Callable[[], None]:
            return lambda: added.append(sheets.add_item(sheet_uid, **values))  # type: ignore[arg-type]

        for number, values in enumerate(item_values):
            key = f"sheet-add:{sheet_uid}:{number}:{values.get('question')}"
            self.context.saver.write(key, adder(values))
        self.reload(select=added[0].uid if added else None)
        self.changed.emit()
        return added

    def type_question(self) -> None:
        text = self._ask_typed(self.tr("Type your own question"), "")
        if text:
            self.add([{"question": text}])

    def remove(self) -> None:
        item = self.chosen()
        if item is None:
            return
        self.flush()
        sheets, saver = self.context.sheets, self.context.saver
        saver.write(f"sheet-item:{item.uid}:remove", lambda: sheets.remove_item(item.uid))
        removed = next((entry for entry in self.items if entry.uid == item.uid), item)

        def undo() -> None:
            saver.write(f"sheet-item:{item.uid}:remove", lambda: sheets.restore_item(removed))
            self.reload(select=item.uid)
            self.changed.emit()

        def redo() -> None:
            saver.write(f"sheet-item:{item.uid}:remove", lambda: sheets.remove_item(item.uid))
            self.reload()
            self.changed.emit()

        self.context.undo.push(self.tr("take a question off the sheet"), undo, redo)
        self.context.messages.show_message(
            self.tr("The question was taken off the sheet."),
            action=(self.tr("Undo"), self.context.undo.undo),
            transient=True,
        )
        self.reload()
        self.changed.emit()


def _single_shot(parent: QObject, interval: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
