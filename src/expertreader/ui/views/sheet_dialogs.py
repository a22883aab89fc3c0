"""The small dialogs of the sheets window: a sheet's details, a typed question, and the list of
questions to add. Layout only; the controller reads their values after ``exec`` accepts (and
tests replace the controller's ``ask_…`` methods, so no test ever waits on one).

Keyboard: Enter accepts, Escape cancels; in the list of questions, Space ticks one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import plain_label
from expertreader.ui.views.screen_fit import FittedDialog

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class SheetDetails:
    """What the details dialog asks: every value as typed; ``appointment`` ISO or ""."""

    title: str
    appointment: str
    with_whom: str
    coming_along: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question that can be added to a sheet, and where it was found."""

    qa_id: str
    question: str
    source: str  # "reading", "search", "bookmark", "note"
    note_uid: str = ""
    quote: str = ""
    detail: str = ""
    """A line shown under the question (the note's words, or the passage)."""


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    accept = box.button(QDialogButtonBox.StandardButton.Ok)
    accept.setText(ok)
    accept.setAccessibleName(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
        QCoreApplication.translate("SheetDialogs", "Cancel")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class SheetDetailsDialog(FittedDialog):
    """Title, date, with whom and who comes along, for a new sheet or one being changed."""

    def __init__(self, parent: QWidget | None, title: str, details: SheetDetails) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.title = QLineEdit(details.title)
        self.title.setObjectName("sheetTitleField")
        self.title.setAccessibleName(self.tr("Name of the sheet"))
        self.has_date = QCheckBox(self.tr("I know the &date"))
        self.has_date.setObjectName("hasDate")
        self.date = DateField()
        self.date.setObjectName("appointmentDate")
        self.date.setAccessibleName(self.tr("Date of the appointment"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(self.tr("MMMM d, yyyy", "how the date reads: Qt date format"))
        chosen = QDate.fromString(details.appointment, "yyyy-MM-dd")
        self.has_date.setChecked(chosen.isValid())
        self.date.setDate(chosen if chosen.isValid() else QDate.currentDate())
        self.date.setEnabled(chosen.isValid())
        self.has_date.toggled.connect(self.date.setEnabled)
        self.with_whom = QLineEdit(details.with_whom)
        self.with_whom.setObjectName("withWhom")
        self.with_whom.setAccessibleName(self.tr("Who you will see"))
        self.coming_along = QLineEdit(details.coming_along)
        self.coming_along.setObjectName("comingAlong")
        self.coming_along.setAccessibleName(self.tr("Who is coming along"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.title)
        form.addRow(self.has_date)
        form.addRow(self.tr("Da&te:"), self.date)
        form.addRow(self.tr("&Who you will see:"), self.with_whom)
        form.addRow(self.tr("Who is &coming along:"), self.coming_along)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Save")))
        self.title.setFocus()
        self.title.selectAll()

    def details(self) -> SheetDetails:
        day = self.date.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else ""
        return SheetDetails(
            self.title.text().strip(),
            day,
            self.with_whom.text().strip(),
            self.coming_along.text().strip(),
        )


class TypedQuestionDialog(FittedDialog):
    """One question in the person's own words."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        caption = QLabel(self.tr("Your &question:"))
        self.editor = QLineEdit(text)
        self.editor.setObjectName("typedQuestion")
        self.editor.setAccessibleName(self.tr("Your question"))
        caption.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Save question")))
        self.editor.setFocus()
        self.resize(560, self.sizeHint().height())

    @property
    def text(self) -> str:
        return self.editor.text().strip()


class QuestionPickerDialog(FittedDialog):
    """Questions grouped by where they come from, each with a box to tick."""

    def __init__(self, parent: QWidget | None, groups: list[tuple[str, list[Candidate]]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add questions to the sheet"))
        self.setAccessibleName(self.tr("Add questions to the sheet"))
        intro = plain_label(
            self.tr(
                "Tick the questions to add (Space ticks the chosen one), then press Enter to add "
                "them."
            ),
            accessible_name=self.tr("How to add questions"),
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("questionPicker")
        self.tree.setAccessibleName(self.tr("Questions you can add"))
        self.tree.setHeaderHidden(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # rows wrap
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        for title, candidates in groups:
            group = QTreeWidgetItem([f"{title} ({len(candidates)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for candidate in candidates:
                text = candidate.question
                if candidate.detail:
                    text += f"\n    {candidate.detail}"
                item = QTreeWidgetItem([text])
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, CANDIDATE_ROLE, candidate)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
                group.addChild(item)
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(_buttons(self, self.tr("Add to the sheet")))
        self.resize(720, 520)
        first = self._items()[0] if self._items() else None
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def chosen(self) -> list[Candidate]:
        return [
            item.data(0, CANDIDATE_ROLE)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            if group is None:
                continue
            found += [child for row in range(group.childCount()) if (child := group.child(row))]
        return found


class DateField(QDateEdit):
    """A date whose parts are chosen with the arrow keys (and Left/Right between them); Tab
    and Shift+Tab leave it, as they leave every field (Qt's own walks its parts first)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next)
