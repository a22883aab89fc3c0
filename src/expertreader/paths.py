"""Every file location the program uses. Nothing is read or written anywhere else.

User data lives in one folder: ``--data-dir`` / ``EXPERTREADER_DATA_DIR`` or the platform's
user data folder. Bundled content is found next to the code (source tree, wheel or PyInstaller).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

DATA_DIR_ENV = "EXPERTREADER_DATA_DIR"
CONTENT_DIR_ENV = "EXPERTREADER_CONTENT_DIR"
_APP_FOLDER = "ExpertReader"

_data_dir_override: Path | None = None


def set_data_dir(path: str | Path | None) -> None:
    """Point all user data at ``path`` (the ``--data-dir`` option; tests use it too)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The user data folder (not created here; see ``ensure_data_dir``)."""
    if _data_dir_override is not None:
        return _data_dir_override
    if env := os.environ.get(DATA_DIR_ENV):
        return Path(env).expanduser().resolve()
    return _platform_data_dir()


def ensure_data_dir() -> Path:
    """Create the user data folder, private to the user, and return it."""
    folder = data_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def notes_db() -> Path:
    return data_dir() / "notes.db"


def backups_dir() -> Path:
    return data_dir() / "backups"


def settings_file() -> Path:
    return data_dir() / "settings.ini"


def qt_settings_file() -> Path:
    """Qt's own settings (the file dialog's recent folders), kept here by ``QSettings.setPath``."""
    return data_dir() / "QtProject.conf"


def make_private_file(path: Path) -> None:
    """Create ``path`` (if its folder exists) readable by the person alone, before Qt writes it:
    Qt keeps an existing file's mode when it rewrites it, and makes new ones by the umask."""
    with contextlib.suppress(OSError):
        if path.parent.is_dir():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            path.chmod(0o600)


def log_file() -> Path:
    return data_dir() / "expertreader.log"


def lock_file() -> Path:
    return data_dir() / "expertreader.lock"


def is_notes_file(path: Path) -> bool:
    """Whether writing ``path`` would overwrite the notes database or one of its backups."""
    target = path.expanduser().resolve()
    notes = notes_db().resolve()
    protected = {notes, *(notes.with_name(notes.name + s) for s in ("-wal", "-shm", "-journal"))}
    return target in protected or target.is_relative_to(backups_dir().resolve())


def resources_dir() -> Path:
    """Bundled read-only resources: PyInstaller bundle, installed wheel, or source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent.parent / "resources"


def content_dir() -> Path:
    """The article files; ``EXPERTREADER_CONTENT_DIR`` overrides it for authors and tests."""
    if env := os.environ.get(CONTENT_DIR_ENV):
        return Path(env).expanduser()
    return resources_dir() / "content"


def content_index_file(content_dir: Path) -> Path:
    """The cached content index of one content folder, named after the folder's full path."""
    folder = str(Path(content_dir).expanduser().resolve())
    key = hashlib.sha256(folder.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return data_dir() / "index" / f"content-{key}.sqlite"


def library_index_file(content_dir: Path, added_dir: Path) -> Path:
    """The cached index of a content folder together with a folder of added articles: apart
    from ``content_index_file``, so opening either one never undoes the other's work."""
    folders = "\0".join(str(Path(f).expanduser().resolve()) for f in (content_dir, added_dir))
    key = hashlib.sha256(folders.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return data_dir() / "index" / f"library-{key}.sqlite"


def prebuilt_content_index(content_dir: Path) -> Path:
    """Where an index made at build time sits: beside its folder (``content.index.sqlite``)."""
    folder = Path(content_dir).expanduser().resolve()
    return folder.with_name(f"{folder.name}.index.sqlite") if folder.name else folder / ".index"


def added_articles_dir() -> Path:
    """Copies of the articles the person added (``expertreader add``, File > Add articles)."""
    return data_dir() / "added-articles"


def icon_file() -> Path:
    return resources_dir() / "icons" / "expertreader.svg"


def translations_dir() -> Path:
    """The message catalogues: Qt Linguist sources (``.ts``) and compiled ``.qm`` files."""
    return resources_dir() / "translations"


def _platform_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / _APP_FOLDER
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / _APP_FOLDER
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) if base else home / ".local" / "share") / "expertreader"


def describe_folder_problem(folder: Path, error: OSError) -> str:
    """Why ``folder`` cannot hold the person's data, in plain words naming the place to fix."""
    import errno

    blocker = next((p for p in [folder, *folder.parents] if p.exists()), None)
    if blocker is not None and blocker != folder and not blocker.is_dir():
        return f"the folder {folder} cannot be made, because {blocker} is a file, not a folder."
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"ExpertReader is not allowed to create or write the folder {folder}."
    if error.errno == errno.EROFS:
        return f"the folder {folder} is on a disk that cannot be written to."
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk that holds {folder} is full."
    if error.errno == errno.ENOTDIR:
        return f"the folder {folder} cannot be used: part of its path is a file, not a folder."
    reason = (error.strerror or str(error)).rstrip(".").lower()
    return f"the folder {folder} cannot be used ({reason})."
