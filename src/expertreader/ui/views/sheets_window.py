"""The appointment sheets window: the list of sheets, and one sheet with its questions.

Layout only (``controllers/sheets.py`` wires it). A window of its own, beside the reader, so a
person can read an answer and add it without losing their place; one page at a time (the list,
or one sheet), so at large text sizes nothing is squeezed. The disclaimer is in view on both
pages; buttons wrap onto more rows rather than run off a narrow window; the details of the
chosen question scroll when the text is very large. Every control is named for screen readers.
Text from articles and people is always plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.flow_layout import FlowLayout
from expertreader.ui.views.message_bar import MessageArea
from expertreader.ui.views.plain_text import plain_label
from expertreader.ui.views.screen_fit import FittedDialog

LIST_PAGE = 0
SHEET_PAGE = 1
BANNER_SHARE = 0.2
LIST_ROWS = 4  # questions (of two lines each) the list shows before it scrolls
"""Of the window's height; a disclaimer that would take more shows one line and "Show all"."""


def button(text: str, name: str, accessible: str | None = None) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    made.setAccessibleName(accessible or text.replace("&", "").rstrip("…"))
    return made


def button_row(*buttons: QPushButton) -> QWidget:
    holder = QWidget()
    flow = FlowLayout(holder)
    for each in buttons:
        flow.addWidget(each)
    return holder


class SheetListPage(QWidget):
    """Every sheet, the latest appointment first, with what can be done to one."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = plain_label(
            self.tr(
                "Make a list of questions to take to a visit. Print it, take it along, and write "
                "down what the doctor said."
            ),
            accessible_name=self.tr("About appointment sheets"),
        )
        caption = QLabel(self.tr("Your &sheets, the next visit first:"))
        self.sheets = QListWidget()
        self.sheets.setObjectName("sheetList")
        self.sheets.setAccessibleName(self.tr("Your appointment sheets"))
        self.sheets.setWordWrap(True)
        caption.setBuddy(self.sheets)
        self.new_button = button(self.tr("&New sheet…"), "newSheet", self.tr("Make a new sheet"))
        self.open_button = button(self.tr("&Open"), "openSheet", self.tr("Open the chosen sheet"))
        self.details_button = button(
            self.tr("&Change details…"), "sheetDetails", self.tr("Change the details")
        )
        self.delete_button = button(
            self.tr("&Delete"), "deleteSheet", self.tr("Delete the chosen sheet")
        )
        self.bin_button = button(
            self.tr("Recently d&eleted…"), "sheetBin", self.tr("Recently deleted sheets")
        )
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(caption)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(
            button_row(
                self.new_button,
                self.open_button,
                self.details_button,
                self.delete_button,
                self.bin_button,
            )
        )


class SheetPage(QWidget):
    """One sheet: its details, its questions in order, and the chosen question's choices."""

    def __init__(self) -> None:
        super().__init__()
        self.back_button = button(
            self.tr("← &All sheets"), "allSheets", self.tr("Back to all sheets")
        )
        self.title = plain_label(accessible_name=self.tr("Sheet"))
        self.title.setObjectName("sheetTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.facts = plain_label(accessible_name=self.tr("Appointment details"))
        self.facts.setObjectName("sheetFacts")
        self.details_button = button(
            self.tr("&Change details…"), "pageDetails", self.tr("Change the details")
        )
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        self.questions = QListWidget()
        self.questions.setObjectName("sheetQuestions")
        self.questions.setAccessibleName(self.tr("Questions on this sheet, most important first"))
        self.questions.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the chosen question. You can also drag it.")
        )
        self.questions.setWordWrap(True)
        self.questions.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.questions.setDefaultDropAction(Qt.DropAction.MoveAction)
        caption = QLabel(self.tr("&Questions, most important first:"))
        caption.setBuddy(self.questions)
        self.move_up_action = self._list_action(self.tr("Move up"), "Alt+Up")
        self.move_down_action = self._list_action(self.tr("Move down"), "Alt+Down")
        self.add_button = button(
            self.tr("&Add questions…"), "addQuestions", self.tr("Add questions")
        )
        self.type_button = button(
            self.tr("&Type a question…"), "typeQuestion", self.tr("Type your own question")
        )
        self.up_button = button(
            self.tr("Move &up"), "moveUp", self.tr("Move the question up (Alt+Up)")
        )
        self.down_button = button(
            self.tr("Move do&wn"), "moveDown", self.tr("Move the question down (Alt+Down)")
        )
        self.remove_button = button(
            self.tr("Ta&ke off"), "removeQuestion", self.tr("Take the question off")
        )
        self.print_button = button(self.tr("&Print…"), "printSheet", self.tr("Print the sheet"))
        self.export_button = button(
            self.tr("&Save as a file…"),
            "exportSheet",
            self.tr("Save the sheet as PDF, a web page or text"),
        )
        self.details = QuestionDetails()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.facts)
        column.addWidget(button_row(self.details_button, self.print_button, self.export_button))
        column.addWidget(caption)
        column.addWidget(self.questions)
        column.addWidget(
            button_row(
                self.add_button,
                self.type_button,
                self.up_button,
                self.down_button,
                self.remove_button,
            )
        )
        column.addWidget(self.details, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("sheetScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its parts take the focus, not it
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.scroll_area, 1)
        self.fit_list()
        application = QApplication.instance()
        if isinstance(application, QApplication):  # disconnected when this page goes
            application.focusChanged.connect(self.keep_in_view)

    def fit_list(self) -> None:
        """Room for a few questions at the current text size; more scroll inside the list."""
        lines = self.questions.fontMetrics().lineSpacing()
        self.questions.setFixedHeight(lines * 2 * LIST_ROWS + 12)
        self.details.doctor_said.setMinimumHeight(lines * 5)

    def keep_in_view(self, _old: QWidget | None, widget: QWidget | None) -> None:
        """The page scrolls to whatever gets the focus (Tab, a shortcut, a click)."""
        content = self.scroll_area.widget()
        if widget is not None and content is not None and content.isAncestorOf(widget):
            self.scroll_area.ensureWidgetVisible(widget, 0, 24)

    def _list_action(self, text: str, keys: str) -> QAction:
        """A shortcut that works while the list of questions has the focus."""
        action = QAction(text, self.questions)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.questions.addAction(action)
        return action


class QuestionDetails(QWidget):
    """What the chosen question prints with it, and what the doctor said."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = plain_label(accessible_name=self.tr("The chosen question"))
        self.heading.setObjectName("chosenQuestion")
        self.edit_button = button(
            self.tr("Change the &words…"), "editQuestion", self.tr("Change the words")
        )
        self.quote_check = QCheckBox(self.tr("Print a &quote"))
        self.quote_check.setAccessibleName(self.tr("Print a short quote of the expert’s answer"))
        self.quote_check.setObjectName("includeQuote")
        self.quote = plain_label(accessible_name=self.tr("The quote"))
        self.note_check = QCheckBox(self.tr("Print my &note"))
        self.note_check.setAccessibleName(self.tr("Print my note"))
        self.note_check.setObjectName("includeNote")
        self.note = plain_label(accessible_name=self.tr("Your note"))
        self.asked_check = QCheckBox(self.tr("I as&ked it"))
        self.asked_check.setAccessibleName(self.tr("I asked this question"))
        self.asked_check.setObjectName("asked")
        caption = QLabel(self.tr("What the doctor &said:"))
        self.doctor_said = QPlainTextEdit()
        self.doctor_said.setObjectName("doctorSaid")
        self.doctor_said.setAccessibleName(self.tr("What the doctor said"))
        self.doctor_said.setAccessibleDescription(self.tr("Saved as you type."))
        self.doctor_said.setTabChangesFocus(True)
        caption.setBuddy(self.doctor_said)
        self.status = plain_label(accessible_name=self.tr("What the doctor said: saved or not"))
        self.status.setObjectName("doctorSaidStatus")
        self.versions_button = button(
            self.tr("Earlier &versions…"),
            "doctorSaidVersions",
            self.tr("Earlier versions of what the doctor said"),
        )
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.versions_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(button_row(self.edit_button))
        layout.addWidget(self.quote_check)
        layout.addWidget(self.quote)
        layout.addWidget(self.note_check)
        layout.addWidget(self.note)
        layout.addWidget(self.asked_check)
        layout.addWidget(caption)
        layout.addWidget(self.doctor_said, 1)
        layout.addLayout(status_row)
        layout.addStretch(0)


class SheetsWindow(FittedDialog):
    """The window: the disclaimer, one page (the list or a sheet), messages, Close."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("sheets")
        self.setWindowTitle(self.tr("Appointment sheets"))
        self.setAccessibleName(self.tr("Appointment sheets"))
        self.setModal(False)
        self.banner = DisclaimerBanner()
        self.banner.finish_setup()
        self.list_page = SheetListPage()
        self.sheet_page = SheetPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.sheet_page)
        self.messages = MessageArea()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close appointment sheets")
        )
        bottom = QHBoxLayout()  # messages beside Close: one row less for the sheet itself
        bottom.addWidget(self.messages, 1)
        bottom.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.resize(820, 640)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_banner()

    def fit_banner(self) -> None:
        """The disclaimer stays in view; in a short window or at large text, on one line."""
        full = self.banner.full_text_height(self.width())
        self.banner.set_compact(full > self.height() * BANNER_SHARE)
