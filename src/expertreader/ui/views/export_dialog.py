"""The Export dialog: which format, whether to include the answers, and where to save."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from expertreader import words
from expertreader.export.document import PRIVACY_NOTICE
from expertreader.export.service import FORMATS
from expertreader.ui.views.screen_fit import FittedDialog


class ExportDialog(FittedDialog):
    """Layout only; ExportController asks where to save and writes the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export your notes"))
        self.setAccessibleName(self.tr("Export your notes"))
        intro = QLabel(
            self.tr(
                "Save your bookmarks and notes to a file you can print, bring to an appointment "
                "or keep as a backup. The article's disclaimer is always included."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        self.labels = {
            "md": self.tr("Markdown"),
            "html": self.tr("Web page (HTML)"),
            "pdf": self.tr("PDF document"),
            "json": self.tr("Backup for ExpertReader and annotation tools (JSON)"),
        }
        """Each format's name in the window's language (``FORMATS`` has the English)."""
        for key, (english, suffix) in FORMATS.items():
            label = self.labels.get(key, english)
            button = QRadioButton(f"{label}  ({suffix})")
            button.setAccessibleName(label)
            button.setAccessibleDescription(
                self.tr("Saves a {suffix} file. Arrow keys choose another.").format(suffix=suffix)
            )
            self.formats.addButton(button)
            self.format_buttons[key] = button
            layout.addWidget(button)
        self.format_buttons["pdf"].setChecked(True)
        self.include_answers = QCheckBox(self.tr("Include the full text of each answer"))
        self.include_answers.setAccessibleName(self.tr("Include the full text of each answer"))
        self.include_answers.setAccessibleDescription(
            self.tr("Each answer comes after your notes on it.")
        )
        layout.addWidget(self.include_answers)
        notice = QLabel(words.translate("Export", PRIVACY_NOTICE))
        notice.setWordWrap(True)
        layout.addWidget(notice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Choose where to save the export"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The focus starts on the format that is chosen, where arrow keys change it."""
        checked = self.formats.checkedButton()
        if checked is not None and not event.spontaneous():
            checked.setFocus()
        super().showEvent(event)

    @property
    def chosen_format(self) -> str:
        return next(key for key, button in self.format_buttons.items() if button.isChecked())
