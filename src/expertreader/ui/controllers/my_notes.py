"""Notes > My notes: every bookmark, answer note and passage note across the articles.

Grouped by article (in the library's order, each article's questions in reading order) or by
date (newest first), narrowed to the entries holding every typed word. Choosing one opens its
answer in the reader, the passage highlighted (``open_entry``, wired by ``appointments``). A
note whose question the content no longer has is listed under its own heading, never dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from expertreader import words
from expertreader.content.disclaimer import default_disclaimer, disclaimer_for
from expertreader.content.library import Library
from expertreader.dates import format_datetime
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.store import NotesStore
from expertreader.ui.controllers.saving import Saver
from expertreader.ui.views.dialogs import inform
from expertreader.ui.views.forward import bring_forward
from expertreader.ui.views.my_notes import MyNotesDialog

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ORPHANS_TITLE = words.QT_TRANSLATE_NOOP(
    "MyNotesController", "Questions no longer in these articles"
)
NO_QUESTION = words.QT_TRANSLATE_NOOP(
    "MyNotesController", "(The text of this question was not saved.)"
)
SUMMARY_CHARS = 160
OpenEntry = Callable[[str, str, bool], None]
"""(qa id, note uid or "", on a passage): show that answer in the reader."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of My notes."""

    kind: str  # "bookmark", "note" (on the whole answer) or "passage"
    qa_id: str
    uid: str
    question: str
    article_id: str  # "" when the content no longer has the question
    article_title: str
    place: tuple[int, int]  # the article's place in the library, the question's in the article
    when: dt.datetime
    text: str = ""
    passage: str = ""

    def words(self) -> str:
        return f"{self.question} {self.article_title} {self.text} {self.passage}".casefold()


class MyNotesController(QObject):
    """Fills My notes from the store and opens the chosen entry's answer."""

    def __init__(
        self,
        store: NotesStore,
        library: Library,
        saver: Saver,
        parent: QWidget,
        open_entry: OpenEntry,
    ) -> None:
        super().__init__(parent)
        self.store, self.library, self.saver = store, library, saver
        self._open_entry = open_entry
        self.dialog = MyNotesDialog(parent)
        self.entries: list[Entry] = []
        dialog = self.dialog
        self._words: dict[tuple[str, str], str] = {}  # (kind, uid) -> the words typed ones match
        dialog.filter.textChanged.connect(lambda _text: self.apply_filter())
        dialog.by_article.toggled.connect(lambda _on: self.show_entries())
        dialog.entries.currentItemChanged.connect(lambda *_items: self._show_chosen())
        dialog.entries.itemActivated.connect(lambda _item, _column: self.open_chosen())
        dialog.open_button.clicked.connect(self.open_chosen)
        dialog.banner.full_text_requested.connect(
            lambda: inform(dialog, self.tr("Disclaimer"), dialog.banner.text)
        )

    def open(self) -> MyNotesDialog:
        """Show My notes as they are now (read afresh: notes change while it is closed)."""
        self.entries = self.read_entries()
        self._words = {(entry.kind, entry.uid): entry.words() for entry in self.entries}
        self.show_entries()
        bring_forward(self.dialog)
        self.dialog.fit_banner()
        self.dialog.filter.setFocus()
        self.dialog.filter.selectAll()
        return self.dialog

    def read_entries(self) -> list[Entry]:
        bookmarks: list[Bookmark] = self.saver.read([], self.store.bookmarks)
        notes: list[Note] = self.saver.read([], self.store.notes)
        qa_ids = list(dict.fromkeys([*(b.qa_id for b in bookmarks), *(n.qa_id for n in notes)]))
        located = {qa_id: self.library.locate(qa_id) for qa_id in qa_ids}  # one lookup each
        entries = []
        gone_title, no_question = self.tr(ORPHANS_TITLE), self.tr(NO_QUESTION)
        records: list[Bookmark | Note] = [*bookmarks, *notes]
        for record in records:
            found = located[record.qa_id]
            if found is not None:
                article_id, title = found.article.id, found.article.title
                question = found.qa.question
                place = (self.library.article_position(article_id) or 0, found.position)
            else:
                article_id, title = "", record.article_title or gone_title
                question = record.question or no_question
                place = (1_000_000, 0)
            if isinstance(record, Bookmark):
                entries.append(
                    Entry(
                        "bookmark",
                        record.qa_id,
                        record.uid,
                        question,
                        article_id,
                        title,
                        place,
                        record.created,
                    )
                )
                continue
            kind = "note" if record.passage is None else "passage"
            exact = record.passage.exact if record.passage is not None else ""
            entries.append(
                Entry(
                    kind,
                    record.qa_id,
                    record.uid,
                    question,
                    article_id,
                    title,
                    place,
                    record.modified,
                    record.text,
                    exact,
                )
            )
        return entries

    def visible(self) -> list[Entry]:
        """The entries holding every typed word, in the order chosen."""
        wanted = self._wanted()
        return [entry for entry in self._ordered() if self._matches(entry, wanted)]

    def _ordered(self) -> list[Entry]:
        if self.dialog.by_date.isChecked():
            return sorted(self.entries, key=lambda entry: (entry.when, entry.uid), reverse=True)
        kinds = {"bookmark": 0, "note": 1, "passage": 2}
        return sorted(self.entries, key=lambda e: (e.place, kinds[e.kind], e.when))

    def _wanted(self) -> list[str]:
        return self.dialog.filter.text().casefold().split()

    def _matches(self, entry: Entry, wanted: list[str]) -> bool:
        words = self._words.get((entry.kind, entry.uid))
        if words is None:
            words = entry.words()
        return all(word in words for word in wanted)

    def show_entries(self) -> None:
        """Every entry in the order chosen; typed words then hide those that do not match (a
        keystroke shows or hides rows, it does not build thousands of them again)."""
        tree, shown = self.dialog.entries, self._ordered()
        chosen = self.chosen()
        tree.clear()
        by_article = self.dialog.by_article.isChecked()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in shown:
            parent = tree.invisibleRootItem()
            if by_article:
                key = entry.article_id or f"gone:{entry.article_title}"
                if key not in groups:
                    group = QTreeWidgetItem([entry.article_title])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                    tree.addTopLevelItem(group)
                    groups[key] = group
                parent = groups[key]
            item = QTreeWidgetItem([self._line(entry, dated=not by_article)])
            item.setData(0, ENTRY_ROLE, entry)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self._spoken(entry))
            parent.addChild(item)
            if chosen is not None and (entry.kind, entry.uid) == (chosen.kind, chosen.uid):
                tree.setCurrentItem(item)
        tree.expandAll()
        tree.setRootIsDecorated(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Hide the entries (and article groups) without every typed word; keep the choice."""
        tree, wanted = self.dialog.entries, self._wanted()
        shown = 0
        for number in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(number)
            if top is None:
                continue
            children = [child for row in range(top.childCount()) if (child := top.child(row))]
            for item in children or [top]:
                entry = item.data(0, ENTRY_ROLE)
                hidden = not (isinstance(entry, Entry) and self._matches(entry, wanted))
                item.setHidden(hidden)
                shown += not hidden
            if children:
                top.setHidden(all(child.isHidden() for child in children))
        current = tree.currentItem()
        if current is None or current.isHidden() or not isinstance(self.chosen(), Entry):
            first = self._items()
            tree.setCurrentItem(first[0] if first else None)  # type: ignore[arg-type]
        total = len(self.entries)
        if not total:
            summary = self.tr("You have no bookmarks or notes yet.")
        elif shown == total:
            summary = self.tr("All your bookmarks and notes: {count}.").format(count=total)
        else:
            summary = self.tr("{shown} of {count} match “{words}”.").format(
                shown=shown, count=total, words=self.dialog.filter.text().strip()
            )
        self.dialog.summary.setText(summary)
        self.dialog.summary.setAccessibleName(summary)
        self._show_chosen()

    def chosen(self) -> Entry | None:
        item = self.dialog.entries.currentItem()
        value = item.data(0, ENTRY_ROLE) if item is not None else None
        return value if isinstance(value, Entry) else None

    def open_chosen(self) -> None:
        """Open the chosen entry's answer in the reader, and give the reader the screen."""
        entry = self.chosen()
        if entry is None:
            return
        self.dialog.hide()
        self._open_entry(
            entry.qa_id, "" if entry.kind == "bookmark" else entry.uid, entry.kind == "passage"
        )

    def _show_chosen(self) -> None:
        entry = self.chosen()
        dialog = self.dialog
        dialog.open_button.setEnabled(entry is not None)
        if entry is None:
            dialog.preview.setPlainText("")
            dialog.banner.set_text(default_disclaimer())
            return
        lines = [entry.question, entry.article_title, ""]
        if entry.kind == "bookmark":
            lines.append(
                self.tr("Bookmarked on {when}.").format(
                    when=format_datetime(entry.when.astimezone())
                )
            )
        else:
            if entry.passage:
                lines += [self.tr("Passage: “{passage}”").format(passage=entry.passage), ""]
            when = format_datetime(entry.when.astimezone())
            lines += [entry.text, "", self.tr("Written or changed {when}.").format(when=when)]
        dialog.preview.setPlainText("\n".join(lines))
        info = self.library.article_info(entry.article_id) if entry.article_id else None
        dialog.banner.set_text(disclaimer_for(info))
        dialog.fit_banner()

    def _line(self, entry: Entry, *, dated: bool) -> str:
        when = f"{format_datetime(entry.when.astimezone())} · " if dated else ""
        if entry.kind == "bookmark":
            return when + self.tr("★ Bookmark: {question}").format(question=entry.question)
        text = _clip(" ".join(entry.text.split()))
        if entry.kind == "passage":
            line = self.tr("✎ On “{passage}”: {text}").format(
                passage=_clip(entry.passage, 60), text=text
            )
        else:
            line = self.tr("✎ Note: {text}").format(text=text)
        return f"{when}{line}\n    {entry.question}"

    def _spoken(self, entry: Entry) -> str:
        if entry.kind == "bookmark":
            return self.tr("Bookmark: {question}").format(question=entry.question)
        text = _clip(" ".join(entry.text.split()))
        if entry.kind == "passage":
            spoken = self.tr("Note on the passage {passage}: {text}. Question: {question}")
            return spoken.format(passage=entry.passage, text=text, question=entry.question)
        return self.tr("Note: {text}. Question: {question}").format(
            text=text, question=entry.question
        )

    def _items(self) -> list[QTreeWidgetItem]:
        tree, found = self.dialog.entries, []
        for number in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(number)
            if top is None:
                continue
            if top.data(0, ENTRY_ROLE) is not None and not top.isHidden():
                found.append(top)
            children = [top.child(row) for row in range(top.childCount())]
            found += [child for child in children if child is not None and not child.isHidden()]
        return found


def _clip(text: str, limit: int = SUMMARY_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
