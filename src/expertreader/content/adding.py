"""Adding the person's own articles to the library, and removing them again (no Qt).

A file is read once and parsed (``check``'s parser, so a file that checks clean adds with
nothing to report); a bad file raises ``ContentError`` naming its line and changes nothing. A
good one is copied, byte for byte, into the added folder as ``<article id><suffix>``: the id
comes from the title, so adding an article with the same title again replaces the copy (an
update), and its question ids, which notes are kept under, stay the same. A bundled article is
never replaced or removed. The index then reads the copy without parsing it again
(``parsed_articles``).
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from expertreader.atomic import write_bytes_atomic
from expertreader.content.blocks import text_key
from expertreader.content.errors import ContentError
from expertreader.content.files import read_article
from expertreader.content.formats import ARTICLE_SUFFIXES
from expertreader.content.index_prebuilt import make_private_dirs
from expertreader.content.info import ArticleInfo
from expertreader.content.library import Library
from expertreader.content.model import Article

MAX_FILE_BYTES = 5 * 1024 * 1024
"""The parser's own limit for both kinds of file (``parse.MAX_ARTICLE_BYTES``, web pages'
``MAX_PAGE_BYTES``): a larger file is refused before it is read whole."""


class AddKind(enum.Enum):
    NEW = "new"
    UPDATE = "update"  # an added article with the same title: its copy is replaced
    UNCHANGED = "unchanged"  # the very same file again: nothing to do


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file checked for adding: its bytes and the article they make."""

    path: Path
    """The person's file, named in every message."""
    data: bytes
    article: Article
    """As indexed: ``source`` is the name of the copy in the added folder."""
    sha256: str

    @property
    def file_name(self) -> str:
        """The copy's name in the added folder."""
        return self.article.source


def read_candidate(path: str | Path) -> Candidate:
    """Read and parse one file; ``ContentError`` (``FILE:LINE: message``) if it cannot be added."""
    from expertreader.content.parse import parse_bytes

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        raise ContentError(path, 1, f"is not an article file: ExpertReader adds {kinds} files")
    data = read_article(path, MAX_FILE_BYTES)
    article = parse_bytes(data, path)
    copy = dataclasses.replace(article, source=f"{article.id}{suffix}")
    return Candidate(path, data, copy, hashlib.sha256(data).hexdigest())


def kind_of(candidate: Candidate, library: Library) -> AddKind:
    """New, an update of an added article, or the same file again. ``ContentError`` when the
    title is a bundled article's: that one is in the library already and cannot be replaced."""
    article = candidate.article
    existing = library.article_info(article.id)
    if existing is None:
        return AddKind.NEW
    if not library.is_added(article.id):
        raise ContentError(
            candidate.path,
            1,
            f"has the same title as “{existing.title}”, which comes with ExpertReader: "
            "it is in your library already",
        )
    current = library.added_file(article.id)
    try:
        same = current is not None and current.read_bytes() == candidate.data
    except OSError:
        same = False
    return AddKind.UNCHANGED if same else AddKind.UPDATE


def install(candidates: Iterable[Candidate], library: Library) -> list[Path]:
    """Copy each file into the library's added folder (replacing the copy of an article with
    the same title); the copies made. OSError when the folder cannot take them."""
    folder = library.added_dir
    if folder is None:
        raise ValueError("this library has no folder for added articles")
    make_private_dirs(folder)
    made = []
    for candidate in candidates:
        target = folder / candidate.file_name
        old = library.added_file(candidate.article.id)
        write_bytes_atomic(target, candidate.data)
        made.append(target)
        others = [folder / f"{candidate.article.id}{suffix}" for suffix in ARTICLE_SUFFIXES]
        for stale in {*others, *([old] if old else [])} - {target}:
            stale.unlink(missing_ok=True)  # the same article under another name
    return made


def parsed_articles(candidates: Iterable[Candidate]) -> dict[str, Article]:
    """What the index may take instead of parsing the copies again (``Library.open``)."""
    return {candidate.sha256: candidate.article for candidate in candidates}


def find_added(library: Library, wanted: str) -> ArticleInfo | None:
    """The added article with this title (letters and digits compared, case ignored) or id."""
    key = text_key(wanted)
    for info in library.added_articles():
        if wanted == info.id or (key and text_key(info.title) == key):
            return info
    return None


def find_bundled(library: Library, wanted: str) -> ArticleInfo | None:
    """The bundled article with this title or id (to say it cannot be removed)."""
    key = text_key(wanted)
    for info in library.article_infos("title"):
        if not library.is_added(info.id) and (wanted == info.id or text_key(info.title) == key):
            return info
    return None


def remove(library: Library, article_id: str) -> Path:
    """Delete an added article's copy (its notes stay in the notes file, under its question
    ids). ValueError for an article that was not added."""
    target = library.added_file(article_id)
    if target is None:
        raise ValueError(f"{article_id} is not an added article")
    target.unlink(missing_ok=True)
    return target
