"""Exports of the user's bookmarks and notes: one intermediate form, one writer per format.

``document.build_document`` decides what an export contains; ``markdown.to_markdown`` and
``html.to_html`` lay it out (the UI turns the HTML into a PDF); ``annotations`` writes and reads
the W3C JSON that is also the lossless backup; ``atomic`` writes any of them safely.
"""

from __future__ import annotations

from expertreader.core.export.annotations import (
    ImportedNotes,
    ImportFileError,
    read_annotation_file,
    to_annotation_collection,
    to_json,
)
from expertreader.core.export.atomic import write_bytes_atomic, write_text_atomic
from expertreader.core.export.document import ExportDocument, build_document
from expertreader.core.export.html import to_html
from expertreader.core.export.markdown import to_markdown

__all__ = [
    "ExportDocument",
    "ImportFileError",
    "ImportedNotes",
    "build_document",
    "read_annotation_file",
    "to_annotation_collection",
    "to_html",
    "to_json",
    "to_markdown",
    "write_bytes_atomic",
    "write_text_atomic",
]
