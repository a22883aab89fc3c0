"""Export dialog, print and import through the window, with file dialogs monkeypatched."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.controllers.exporting import ExportController
from expertreader.ui.views.export_dialog import ExportDialog


def controller(ui: ExpertReaderUI) -> ExportController:
    return ui.exporting


def add_example_notes(ui: ExpertReaderUI) -> None:
    assert ui.store is not None and ui.reader.current_qa is not None
    qa = ui.reader.current_qa
    ui.store.add_bookmark(qa.id, qa.question)
    ui.store.save_answer_note(qa.id, "Ask Dr. Lee about trials", qa.question)


def choose(monkeypatch: pytest.MonkeyPatch, fmt: str, target: Path, answers: bool = False) -> None:
    def fake_exec(dialog: ExportDialog) -> int:
        dialog.format_buttons[fmt].setChecked(True)
        dialog.include_answers.setChecked(answers)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "json"])
def test_export_dialog_writes_each_format(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str
) -> None:
    add_example_notes(ui)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "my notes"
    choose(monkeypatch, fmt, target, answers=True)
    written = controller(ui).export()
    assert written == target.with_suffix("." + fmt)
    text = pdf_text(written) if fmt == "pdf" else written.read_text(encoding="utf-8")
    assert "Ask Dr. Lee about trials" in text
    if fmt != "json":
        assert "Remember: we cannot provide diagnoses" in text
        assert "I would seek out a physician" in text  # the full answer was asked for
    messages = [bar.label.text() for bar in ui.window.messages.messages()]
    assert any(str(written) in message for message in messages)
    assert sorted(p.name for p in out.iterdir()) == [written.name]  # no temporary files left


def test_a_pdf_export_reports_its_progress_and_cancel_writes_nothing(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from expertreader.ui.controllers import exporting

    add_example_notes(ui)
    heard: list[float] = []
    real_report = exporting._PdfProgress.report

    def listening(progress: exporting._PdfProgress, done: float) -> None:
        heard.append(done)
        real_report(progress, done)

    monkeypatch.setattr(exporting._PdfProgress, "report", listening)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "notes.pdf"
    choose(monkeypatch, "pdf", target, answers=True)
    assert controller(ui).export() == target
    assert heard and heard[0] == 0.0 and heard == sorted(heard) and heard[-1] < 1.0

    def cancelled(progress: exporting._PdfProgress, done: float) -> None:
        progress.dialog.cancel()  # as the person pressing Cancel
        real_report(progress, done)

    monkeypatch.setattr(exporting._PdfProgress, "report", cancelled)
    stopped = out / "stopped.pdf"
    choose(monkeypatch, "pdf", stopped, answers=True)
    assert controller(ui).export() is None
    assert not stopped.exists()
    assert sorted(p.name for p in out.iterdir()) == ["notes.pdf"]  # no temporary file
    messages = [bar.label.text() for bar in ui.window.messages.messages()]
    assert "The export was stopped. Nothing was written." in messages


def test_failed_export_warns_and_leaves_nothing(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "notes.md"
    choose(monkeypatch, "md", target)
    assert controller(ui).export() is None
    warnings = [b.label.text() for b in ui.window.messages.messages()]
    assert any("could not be saved" in w and str(target) in w for w in warnings)
    assert not target.parent.exists()


def test_escape_in_the_file_dialog_goes_back_to_the_choices_and_writes_nothing(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []

    def fake_exec(dialog: ExportDialog) -> int:
        if shown:  # the second time: the choice made the first time is still there
            shown.append(dialog.chosen_format)
            return QDialog.DialogCode.Rejected.value
        dialog.format_buttons["html"].setChecked(True)
        shown.append(dialog.chosen_format)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    assert controller(ui).export() is None
    assert shown == ["html", "html"]
    assert list(tmp_path.glob("*.html")) == []


def test_print_preview_prints_notes_and_disclaimer(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add_example_notes(ui)
    output = tmp_path / "printed.pdf"

    def fake_exec(preview: object) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        preview.paintRequested.emit(printer)  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintPreviewDialog.exec", fake_exec)
    ui.window.print_action.trigger()
    text = pdf_text(output)
    assert "Ask Dr. Lee about trials" in text
    assert "Remember: we cannot provide diagnoses" in text
    assert "not encrypted" in text


def test_import_from_menu(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    add_example_notes(ui)
    export = tmp_path / "backup.json"
    choose(monkeypatch, "json", export)
    controller(ui).export()
    assert ui.store is not None and ui.reader.current_qa is not None
    ui.store.save_answer_note(ui.reader.current_qa.id, "")
    ui.store.remove_bookmark(ui.reader.current_qa.id)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(export), ""))
    ui.window.import_action.trigger()
    qtbot.waitUntil(lambda: controller(ui).importing is None)  # it runs off the window's thread
    assert ui.window.notes.answer_note.toPlainText() == "Ask Dr. Lee about trials"
    assert ui.window.bookmark_action.isChecked()
    assert any("2 added" in b.label.text() for b in ui.window.messages.messages())


def test_broken_import_names_the_file_and_changes_nothing(
    ui: ExpertReaderUI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    add_example_notes(ui)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), ""))
    ui.window.import_action.trigger()
    qtbot.waitUntil(lambda: controller(ui).importing is None)
    warnings = [b.label.text() for b in ui.window.messages.messages()]
    assert any(str(broken) in w and "Nothing was changed" in w for w in warnings)
    assert ui.store is not None
    assert len(ui.store.notes()) == 1


def test_qt_own_settings_stay_in_the_data_folder(ui: ExpertReaderUI, data_dir: Path) -> None:
    from PySide6.QtCore import QSettings

    qt_project = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt_project.fileName()).is_relative_to(data_dir)
