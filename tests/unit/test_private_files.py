"""Every file the program makes in the data folder is readable by the person alone (0600).

The notes, backups and exports have their own tests (test_store, test_backup_recovery,
test_export_atomic); these are the small files made beside them: the session marker, the
instance lock, the settings and the record of verified bundled articles.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from expertreader import crashlog, instance_lock, paths
from expertreader.content import index_prebuilt
from expertreader.content.folders import FileState

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def open_umask() -> object:
    """The world's usual umask (022): what is private must be made private on purpose."""
    old = os.umask(0o022)
    yield None
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_session_marker_is_private(data_dir: Path) -> None:
    paths.ensure_data_dir()
    crashlog.start_session()
    try:
        assert _mode(crashlog.session_marker()) == 0o600
        assert _mode(paths.log_file()) == 0o600
    finally:
        crashlog.end_session()
    assert not crashlog.session_marker().exists()


def test_the_instance_lock_is_private(qapp: object, data_dir: Path) -> None:
    lock = instance_lock.acquire()
    try:
        assert not lock.busy
        assert _mode(paths.lock_file()) == 0o600
    finally:
        lock.release()


def test_the_settings_file_is_private_even_when_qt_writes_it(qapp: object, data_dir: Path) -> None:
    from expertreader.ui.settings import Settings

    paths.ensure_data_dir()
    settings = Settings()
    settings.last_qa = "q1"
    del settings  # Qt writes the file when the settings object goes, without our sync()
    assert paths.settings_file().exists()
    assert _mode(paths.settings_file()) == 0o600


def test_the_record_of_verified_articles_is_private(data_dir: Path) -> None:
    stamp = data_dir / "index" / "bundled.prebuilt.json"
    index_prebuilt._write_stamp(stamp, "build-1", {"a.txt": FileState(10, 20)})
    assert _mode(stamp) == 0o600
    assert _mode(stamp.parent) == 0o700
    assert index_prebuilt._read_stamp(stamp, "build-1") == {"a.txt": FileState(10, 20)}


def test_qt_s_own_settings_file_is_private(qapp: object, data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from expertreader.ui.startup import configure_application

    paths.ensure_data_dir()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    configure_application(app)
    assert _mode(paths.qt_settings_file()) == 0o600
