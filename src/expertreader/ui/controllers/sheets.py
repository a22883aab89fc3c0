"""The appointment sheets window (Notes > Appointment sheets): its list of sheets, and adding
questions to one.

Questions come from the question being read, the search results, bookmarks and notes (the
"Add questions" list), or are typed. Notes > "Add this question to a sheet" adds the question
being read to the sheet open in the window, else to the newest sheet (a new one is made when
there is none). Deleting a sheet can be undone (Edit > Undo, or the message's Undo), and deleted
sheets stay in "Recently deleted" for 30 days. Dialogs are ``ask_…`` methods tests replace.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from expertreader import words
from expertreader.content.disclaimer import default_disclaimer, disclaimers_for
from expertreader.dates import format_date, format_datetime
from expertreader.export.sheet_document import sheet_title
from expertreader.notes.bin import BinnedSheet
from expertreader.notes.sheet_model import Sheet, SheetItem
from expertreader.ui.controllers import sheet_candidates
from expertreader.ui.controllers.sheet_context import SheetContext
from expertreader.ui.controllers.sheet_editor import SheetEditor
from expertreader.ui.controllers.sheet_printing import SheetPrinter
from expertreader.ui.views.dialogs import inform
from expertreader.ui.views.forward import bring_forward
from expertreader.ui.views.record_list_dialog import RecordListDialog
from expertreader.ui.views.sheet_dialogs import (
    Candidate,
    QuestionPickerDialog,
    SheetDetails,
    SheetDetailsDialog,
    TypedQuestionDialog,
)
from expertreader.ui.views.sheets_window import LIST_PAGE, SHEET_PAGE, SheetsWindow

SHEET_UID_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_SHEET_TITLE = words.QT_TRANSLATE_NOOP("SheetsController", "Questions for my next visit")


EVERYTHING_ON_SHEET = words.QT_TRANSLATE_NOOP(
    "SheetsController",
    "Every question you bookmarked, wrote a note on or found is on this sheet already. "
    "You can type your own question.",
)
NOTHING_YET = words.QT_TRANSLATE_NOOP(
    "SheetsController",
    "Bookmark questions, write notes or search first, or type your own question.",
)


class SheetsController(QObject):
    """The sheets window and what it does (``appointments`` makes it on first use)."""

    def __init__(self, context: SheetContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.window = SheetsWindow(parent)
        context = dataclasses.replace(context, messages=self.window.messages)
        self.context = context
        self.editor = SheetEditor(context, self.window.sheet_page, self._typed)
        self.printer = SheetPrinter(context, self.window, self.editor.flush)
        self.bin_dialog: RecordListDialog | None = None
        self._wire()

    def _wire(self) -> None:
        window, listing, page = self.window, self.window.list_page, self.window.sheet_page
        listing.new_button.clicked.connect(self.new_sheet)
        listing.open_button.clicked.connect(lambda: self.open_sheet(self.chosen_uid()))
        listing.sheets.itemActivated.connect(lambda _item: self.open_sheet(self.chosen_uid()))
        listing.details_button.clicked.connect(lambda: self.change_details(self.chosen_uid()))
        listing.delete_button.clicked.connect(self.delete_sheet)
        listing.bin_button.clicked.connect(self.show_bin)
        listing.sheets.currentRowChanged.connect(lambda _row: self._enable_list_buttons())
        page.back_button.clicked.connect(self.show_list)
        page.details_button.clicked.connect(lambda: self.change_details(self._open_uid()))
        page.add_button.clicked.connect(self.add_questions)
        page.print_button.clicked.connect(lambda: self._with_open_sheet(self.printer.print_sheet))
        page.export_button.clicked.connect(lambda: self._with_open_sheet(self.printer.export_sheet))
        self.editor.changed.connect(self._show_banner)
        window.banner.full_text_requested.connect(
            lambda: inform(window, self.tr("Disclaimer"), window.banner.text)
        )
        window.finished.connect(lambda _code: self.editor.flush())

    # --- the window

    def open(self) -> SheetsWindow:
        """Show the window (as it was left: the list, or the sheet being worked on)."""
        if self.window.pages.currentIndex() == SHEET_PAGE and self._open_uid():
            self.open_sheet(self._open_uid())
        else:
            self.show_list()
        bring_forward(self.window)
        self.window.fit_banner()
        return self.window

    def show_list(self, select: str | None = None) -> None:
        self.editor.flush()
        sheets: list[Sheet] = self.context.saver.read([], self.context.sheets.all)
        counts: dict[str, int] = self.context.saver.read({}, self.context.sheets.question_counts)
        listing, lines = self.window.list_page.sheets, SheetLines()
        keep = select or self.chosen_uid()
        listing.clear()
        for sheet in sheets:
            count = counts.get(sheet.uid, 0)
            item = QListWidgetItem(lines.describe(sheet, count))
            item.setData(SHEET_UID_ROLE, sheet.uid)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, lines.describe(sheet, count, spoken=True)
            )
            listing.addItem(item)
            if sheet.uid == keep:
                listing.setCurrentItem(item)
        if listing.currentRow() < 0 and listing.count():
            listing.setCurrentRow(0)
        self.window.show_page(LIST_PAGE)
        self._enable_list_buttons()
        self._show_banner()
        (listing if listing.count() else self.window.list_page.new_button).setFocus()

    def open_sheet(self, uid: str | None, select: str | None = None) -> None:
        if not uid:
            return
        sheet = self.context.saver.read(None, lambda: self.context.sheets.sheet(uid))
        if sheet is None:
            self.show_list()
            return
        page = self.window.sheet_page
        page.title.setText(sheet_title(sheet))
        page.title.setAccessibleName(self.tr("Sheet: {title}").format(title=sheet_title(sheet)))
        facts = SheetLines().facts(sheet)
        page.facts.setText(facts or self.tr("No date yet. Press Change details to add it."))
        page.facts.setAccessibleName(facts or self.tr("No date yet"))
        page.fit_list()
        self.editor.show_sheet(sheet, select=select)
        self.window.show_page(SHEET_PAGE)
        self._show_banner()
        page.questions.setFocus()

    def chosen_uid(self) -> str | None:
        item = self.window.list_page.sheets.currentItem()
        return str(item.data(SHEET_UID_ROLE)) if item is not None else None

    def _open_uid(self) -> str | None:
        return self.editor.sheet.uid if self.editor.sheet is not None else None

    def _with_open_sheet(self, action: Callable[[Sheet], object]) -> None:
        if self.editor.sheet is not None:
            action(self.editor.sheet)

    def _enable_list_buttons(self) -> None:
        chosen = self.chosen_uid() is not None
        listing = self.window.list_page
        for each in (listing.open_button, listing.details_button, listing.delete_button):
            each.setEnabled(chosen)

    def _show_banner(self) -> None:
        """The disclaimers of the articles the open sheet asks about (the default without)."""
        sheet = self.editor.sheet if self.window.pages.currentIndex() == SHEET_PAGE else None
        qa_ids = [item.qa_id for item in self.editor.items if item.qa_id] if sheet else []
        shown = disclaimers_for(self.context.library, qa_ids) if qa_ids else None
        self.window.banner.set_text("\n\n".join(shown) if shown else default_disclaimer())
        self.window.fit_banner()

    # --- sheets

    def new_sheet(self) -> Sheet | None:
        details = self.ask_details(
            self.tr("New appointment sheet"), SheetDetails(self.tr(NEW_SHEET_TITLE), "", "", "")
        )
        if details is None:
            return None
        sheets, made = self.context.sheets, []
        self.context.saver.write(
            "sheet-new",
            lambda: made.append(
                sheets.create(
                    details.title, details.appointment, details.with_whom, details.coming_along
                )
            ),
        )
        if not made:
            self.show_list()
            return None
        self.open_sheet(made[0].uid)
        return made[0]

    def change_details(self, uid: str | None) -> None:
        sheet = (
            self.context.saver.read(None, lambda: self.context.sheets.sheet(uid)) if uid else None
        )
        if sheet is None:
            return
        current = SheetDetails(sheet.title, sheet.appointment, sheet.with_whom, sheet.coming_along)
        details = self.ask_details(self.tr("Change the details"), current)
        if details is None or details == current:
            return
        sheets = self.context.sheets
        values = {
            "title": details.title,
            "appointment": details.appointment,
            "with_whom": details.with_whom,
            "coming_along": details.coming_along,
        }
        self.context.saver.write(f"sheet:{sheet.uid}", lambda: sheets.update(sheet.uid, **values))
        if self.window.pages.currentIndex() == SHEET_PAGE:
            self.open_sheet(sheet.uid)
        else:
            self.show_list(select=sheet.uid)

    def delete_sheet(self) -> None:
        uid = self.chosen_uid()
        if uid is None:
            return
        sheets, saver = self.context.sheets, self.context.saver
        deleted: list[tuple[Sheet, list[SheetItem]] | None] = []
        saver.write(f"sheet:{uid}", lambda: deleted.append(sheets.delete(uid)))
        if deleted and deleted[0] is not None:
            sheet, items = deleted[0]

            def undo() -> None:
                saver.write(f"sheet:{uid}", lambda: sheets.restore(sheet, items))
                self.show_list(select=uid)

            def redo() -> None:
                saver.write(f"sheet:{uid}", lambda: sheets.delete(uid))
                self.show_list()

            self.context.undo.push(self.tr("delete sheet"), undo, redo)
            self.context.messages.show_message(
                self.tr("“{title}” was deleted. It is in Recently deleted for 30 days.").format(
                    title=sheet_title(sheet)
                ),
                action=(self.tr("Undo"), self.context.undo.undo),
                transient=True,
            )
        self.show_list()

    def show_bin(self) -> None:
        """Deleted sheets and questions, kept 30 days: choose one and press Enter to restore."""
        sheets, saver = self.context.sheets, self.context.saver
        dialog = RecordListDialog(
            self.window,
            self.tr("Recently deleted sheets"),
            self.tr(
                "Sheets and questions you deleted, kept here for at least 30 days. Choose one and "
                "press Enter to put it back."
            ),
            self.tr("Restore"),
        )
        self.bin_dialog = dialog

        def fill() -> None:
            entries: list[BinnedSheet] = saver.read([], sheets.bin_entries)
            dialog.set_entries(
                [(e.id, SheetLines().binned_summary(e), _binned_full(e)) for e in entries]
            )

        def restore(entry_id: object) -> None:
            assert isinstance(entry_id, int)
            saver.write(f"sheet-bin:{entry_id}", lambda: sheets.restore_from_bin(entry_id))
            fill()
            self.show_list()
            self.context.messages.show_message(self.tr("Restored."), transient=True)

        dialog.restore_requested.connect(restore)
        dialog.finished.connect(lambda _code: setattr(self, "bin_dialog", None))
        fill()
        self.show_bin_dialog(dialog)

    def show_bin_dialog(self, dialog: RecordListDialog) -> None:
        """Tests replace this."""
        dialog.exec()

    # --- questions

    def add_questions(self) -> None:
        """Choose questions from the reader, the search, bookmarks and notes."""
        if self.editor.sheet is None:
            return
        chosen = self.ask_questions(self.candidates())
        if chosen:
            self.editor.add([self._values(candidate) for candidate in chosen])

    def add_current_question(self) -> None:
        """Notes > Add this question to a sheet: to the open sheet, else the newest one."""
        qa = self.context.current_qa()
        if qa is None or self.context.library.find(qa.id) is None:
            self.context.messages.show_message(
                self.tr("First choose a question to read."), transient=True
            )
            return
        uid = self._open_uid() if self.window.pages.currentIndex() == SHEET_PAGE else None
        if uid is None:
            newest = self.context.saver.read(None, self.context.sheets.newest)
            uid = newest.uid if newest is not None else None
        self.open()
        if uid is None:
            if self.new_sheet() is None:
                return
        else:
            self.open_sheet(uid)
        if qa.id in {item.qa_id for item in self.editor.items}:
            self.open_sheet(self._open_uid(), select=self._item_uid_of(qa.id))
            self.context.messages.show_message(self.tr("That question is on this sheet already."))
            return
        self.editor.add([self._values(Candidate(qa.id, qa.question, "reading"))])
        self.context.messages.show_message(
            self.tr("The question was added to the sheet."), transient=True
        )

    def _item_uid_of(self, qa_id: str) -> str | None:
        return next((item.uid for item in self.editor.items if item.qa_id == qa_id), None)

    def candidates(self) -> list[tuple[str, list[Candidate]]]:
        """What can be added, by where it comes from (see ``sheet_candidates``)."""
        taken = {item.qa_id for item in self.editor.items if item.qa_id}
        return sheet_candidates.candidates(self.context, taken)

    def _values(self, candidate: Candidate) -> dict[str, object]:
        return sheet_candidates.item_values(self.context, candidate)

    # --- dialogs (tests replace these)

    def ask_details(self, title: str, details: SheetDetails) -> SheetDetails | None:
        dialog = SheetDetailsDialog(self.window, title, details)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_typed(self, title: str, text: str) -> str | None:
        dialog = TypedQuestionDialog(self.window, title, text)
        return dialog.text if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_questions(self, groups: list[tuple[str, list[Candidate]]]) -> list[Candidate] | None:
        if not groups:
            if any(item.qa_id for item in self.editor.items):
                title, text = self.tr("Nothing more to add"), self.tr(EVERYTHING_ON_SHEET)
            else:
                title, text = self.tr("Nothing to add yet"), self.tr(NOTHING_YET)
            inform(self.window, title, text)
            return None
        dialog = QuestionPickerDialog(self.window, groups)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _typed(self, title: str, text: str) -> str | None:
        return self.ask_typed(title, text)


class SheetLines(QObject):
    """How a sheet reads in the list and in the bin; a QObject for ``self.tr`` (plurals)."""

    def facts(self, sheet: Sheet) -> str:
        parts = []
        if sheet.date is not None:
            parts.append(format_date(sheet.date))
        if sheet.with_whom.strip():
            parts.append(self.tr("with {whom}").format(whom=sheet.with_whom.strip()))
        if sheet.coming_along.strip():
            parts.append(self.tr("coming along: {whom}").format(whom=sheet.coming_along.strip()))
        return " · ".join(parts)

    def describe(self, sheet: Sheet, count: int, *, spoken: bool = False) -> str:
        questions = self.tr("%n question(s)", None, count)
        facts = self.facts(sheet) or self.tr("no date yet")
        if spoken:
            return f"{sheet_title(sheet)}. {facts}. {questions}."
        return f"{sheet_title(sheet)}\n    {facts} · {questions}"

    def binned_summary(self, entry: BinnedSheet) -> str:
        when = format_datetime(entry.deleted.astimezone())
        if entry.sheet is not None:
            return self.tr(
                "Sheet, deleted {when}: {title} (%n question(s))", None, len(entry.items)
            ).format(when=when, title=sheet_title(entry.sheet))
        return self.tr("Question, deleted {when}: {question}").format(
            when=when, question=_clip(entry.items[0].question, 80)
        )


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _binned_full(entry: BinnedSheet) -> str:
    lines = [sheet_title(entry.sheet)] if entry.sheet is not None else []
    lines += [f"{n}. {item.question}" for n, item in enumerate(entry.items, start=1)]
    return "\n".join(lines)
