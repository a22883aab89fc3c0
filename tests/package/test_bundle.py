"""The packaged program (PyInstaller one-folder build) runs, stays small and stays offline.

Builds ``dist/expertreader`` with ``packaging/build.sh onedir`` when it is missing or older than
the sources (about 20 s), then runs the bundle as a person's computer would: no Python, no source
tree, a fresh home folder.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "expertreader"
EXE = DIST / ("expertreader.exe" if sys.platform == "win32" else "expertreader")
LINUX_ROOT = ROOT / "dist" / "linux-root"
PACKAGING = ROOT / "packaging"
SOURCES = [ROOT / "src", ROOT / "resources", PACKAGING, ROOT / "pyproject.toml"]
SEED = "000_13036496fefd8c92.txt"
APP_ID = "io.github.expertreader.ExpertReader"
ONEDIR_LIMIT = 110 * 1024 * 1024  # 110 MB as du -sm counts
IS_LINUX = sys.platform.startswith("linux")


def _newest_source() -> float:
    newest = 0.0
    for source in SOURCES:
        files = [source] if source.is_file() else source.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The one-folder build, (re)built when missing or out of date."""
    if not EXE.is_file() or EXE.stat().st_mtime < _newest_source():
        if sys.platform == "win32":
            pytest.skip("packaging/build.sh needs a POSIX shell")
        build = subprocess.run(
            [str(PACKAGING / "build.sh"), "onedir"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if build.returncode != 0 or not EXE.is_file():
            pytest.fail(
                f"packaging/build.sh onedir failed:\n{(build.stdout + build.stderr)[-4000:]}"
            )
    return EXE


@pytest.fixture
def person(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A fresh home folder and a data folder outside it, as separate as two disks."""
    folders = {"home": tmp_path / "home", "data": tmp_path / "data"}
    folders["home"].mkdir()
    yield folders


def run(exe: Path, person: dict[str, Path], *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "EXPERTREADER_", "PYTHON", "QT_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(person["home"]),
        EXPERTREADER_DATA_DIR=str(person["data"]),
    )
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=120, cwd=person["home"]
    )


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; fails on anything that is not a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13, "PNG without an IHDR header"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_of_the_main_window(bundle: Path, person: dict[str, Path]) -> None:
    shot = person["home"].parent / "shot.png"
    result = run(bundle, person, "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    width, height = png_size(shot.read_bytes())
    assert 640 <= width <= 4000 and 480 <= height <= 4000, (width, height)
    assert "Traceback" not in result.stderr


def test_screenshot_shows_painted_content(bundle: Path, person: dict[str, Path]) -> None:
    """Fonts and widgets really drew: a blank or single-colour window fails."""
    from PySide6.QtGui import QImage

    shot = person["home"].parent / "shot.png"
    assert run(bundle, person, "--screenshot", str(shot)).returncode == 0
    image = QImage(str(shot))
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, f"only {len(colours)} colours: nothing was drawn"


def test_parse_a_bundled_article(bundle: Path, person: dict[str, Path]) -> None:
    article = next(DIST.rglob(f"resources/content/{SEED}"))
    result = run(bundle, person, "parse", str(article))
    assert result.returncode == 0, result.stderr
    [parsed] = json.loads(result.stdout)
    assert parsed["source"] == SEED
    assert parsed["title"]
    questions = [qa["question"] for qa in parsed["qas"]]
    assert len(questions) == 5, questions
    assert all(question.endswith("?") for question in questions)
    assert all(qa["answer"] for qa in parsed["qas"])


def test_pdf_export_works_in_the_bundle(bundle: Path, person: dict[str, Path]) -> None:
    """PDF goes through Qt's print support and fonts: the parts the bundle filtering trims."""
    pdf = person["home"].parent / "notes.pdf"
    result = run(bundle, person, "export", "--format", "pdf", "--output", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_version_matches_pyproject(bundle: Path, person: dict[str, Path]) -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    result = run(bundle, person, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(version)


def test_user_data_only_in_the_data_folder(bundle: Path, person: dict[str, Path]) -> None:
    """Nothing lands in the home folder (settings, caches, logs): only in the data folder."""
    shot = person["home"].parent / "shot.png"
    assert run(bundle, person, "--screenshot", str(shot)).returncode == 0
    article = next(DIST.rglob(f"resources/content/{SEED}"))
    assert run(bundle, person, "parse", str(article)).returncode == 0
    written = sorted(str(p.relative_to(person["home"])) for p in person["home"].rglob("*"))
    assert written == [], f"written outside the data folder: {written}"


def _bundle_files() -> list[Path]:
    return [path for path in DIST.rglob("*") if path.is_file() or path.is_symlink()]


def test_no_network_code_in_the_bundle(bundle: Path) -> None:
    """QtNetwork and Python's TLS module are not shipped, so nothing can reach the network."""
    offenders = [
        str(path.relative_to(DIST))
        for path in _bundle_files()
        if path.name.startswith(("libQt6Network", "Qt6Network", "QtNetwork", "_ssl."))
        or path.parent.name in {"tls", "networkinformation"}
    ]
    assert offenders == []


def test_no_dangling_symlinks(bundle: Path) -> None:
    dangling = [
        str(path.relative_to(DIST))
        for path in _bundle_files()
        if path.is_symlink() and not path.exists()
    ]
    assert dangling == []


def test_one_folder_size(bundle: Path) -> None:
    size = sum(path.stat().st_size for path in _bundle_files() if not path.is_symlink())
    assert size <= ONEDIR_LIMIT, f"{size / 2**20:.1f} MB: see packaging/bundle_rules.py"


@pytest.mark.skipif(not IS_LINUX or not shutil.which("ldd"), reason="Linux with ldd only")
def test_xcb_platform_libraries_are_bundled(bundle: Path) -> None:
    """The X11 plugin finds its xcb helper libraries inside the bundle, not on the build machine."""
    internal = DIST / "_internal"
    plugin = next(internal.rglob("platforms/libqxcb.so"))
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    out = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True).stdout
    assert "not found" not in out, out
    outside = [
        line.split()[0]
        for line in out.splitlines()
        if line.strip().startswith(("libxcb-", "libxkbcommon", "libX11-xcb"))
        and str(internal) not in line
    ]
    assert outside == [], f"taken from the system, not bundled: {outside}"


@pytest.mark.skipif(not IS_LINUX, reason="the install tree is staged on Linux")
def test_linux_install_tree(bundle: Path, person: dict[str, Path]) -> None:
    usr = LINUX_ROOT / "usr"
    launcher = usr / "bin" / "expertreader"
    assert launcher.is_symlink()
    assert launcher.resolve() == (usr / "lib" / "expertreader" / "expertreader").resolve()
    assert (usr / "share" / "applications" / "expertreader.desktop").is_file()
    assert (usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (
        usr / "share" / "icons" / "hicolor" / "scalable" / "apps" / "expertreader.svg"
    ).is_file()
    for size in (48, 64, 128, 256):
        icon = usr / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "expertreader.png"
        assert png_size(icon.read_bytes()) == (size, size)
    result = run(launcher, person, "--version")  # started through the symlink, as from $PATH
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "expertreader.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream missing")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_have_their_sizes() -> None:
    for size in (48, 64, 128, 256):
        icon = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "expertreader.png"
        assert png_size(icon.read_bytes()) == (size, size)
    assert png_size((ROOT / "resources" / "icons" / "expertreader.png").read_bytes()) == (256, 256)


@pytest.mark.skipif(
    os.environ.get("EXPERTREADER_TEST_DEB") != "1",
    reason="installs a system package: set EXPERTREADER_TEST_DEB=1 (root, Debian) to run",
)
def test_deb_installs_and_removes_cleanly(person: dict[str, Path]) -> None:
    if not (IS_LINUX and shutil.which("dpkg") and os.geteuid() == 0):
        pytest.skip("needs root on Debian or Ubuntu")
    installed = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "expertreader"], capture_output=True, text=True
    )
    if "installed" in installed.stdout:
        pytest.skip("expertreader is already installed here; not touching it")
    build = subprocess.run(
        [str(PACKAGING / "build.sh"), "deb"], cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    assert build.returncode == 0, build.stderr[-4000:]
    [deb] = sorted((ROOT / "dist").glob("expertreader_*.deb"), key=lambda p: p.stat().st_mtime)[-1:]
    try:
        install = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        assert install.returncode == 0, install.stdout + install.stderr
        shot = person["home"].parent / "shot.png"
        result = run(Path("/usr/bin/expertreader"), person, "--screenshot", str(shot))
        assert result.returncode == 0, result.stderr
        png_size(shot.read_bytes())
    finally:
        subprocess.run(["dpkg", "-r", "expertreader"], capture_output=True, text=True)
    assert not Path("/usr/lib/expertreader").exists()
    assert not Path("/usr/bin/expertreader").exists()
    assert not Path("/usr/share/applications/expertreader.desktop").exists()


def _bundle_rules() -> ModuleType:
    """packaging/bundle_rules.py, which the spec files import (it is not part of the program)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        return importlib.import_module("bundle_rules")
    finally:
        sys.path.remove(str(PACKAGING))


def test_filtering_drops_what_only_dropped_binaries_need() -> None:
    rules = _bundle_rules()
    qt = "PySide6/Qt/"
    binaries = [
        (f"{qt}lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        (f"{qt}lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        (f"{qt}plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        (f"{qt}plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        (f"{qt}plugins/printsupport/libcupsprintersupport.so", "/s/libcups-plugin.so", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/s/libpango-1.0.so.0", "BINARY"),
        ("libfontconfig.so.1", "/s/libfontconfig.so.1", "BINARY"),
        ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
        ("libQt6Network.so.6", f"{qt}lib/libQt6Network.so.6", "SYMLINK"),
    ]
    links = {
        "/s/libQt6Gui.so.6": ["libfontconfig.so.1"],
        "/s/libqxcb.so": ["libQt6Gui.so.6"],
        "/s/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/s/libgtk-3.so.0": ["libpango-1.0.so.0", "libfontconfig.so.1"],
        "/s/libcups-plugin.so": ["libcups.so.2", "libQt6Gui.so.6"],
        "/s/libcups.so.2": ["libgnutls.so.30"],
    }
    kept = rules.filter_binaries(binaries, imports_of=lambda path: links.get(path, []), log=print)
    kept, _ = rules.drop_dangling_symlinks(kept, [], log=print)
    names = {Path(dest).name for dest, _, _ in kept}
    assert names == {
        "libQt6Gui.so.6",
        "libqxcb.so",
        "libcupsprintersupport.so",
        "libfontconfig.so.1",
    }


def test_filtering_refuses_to_drop_what_a_kept_binary_needs() -> None:
    rules = _bundle_rules()
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
    ]
    with pytest.raises(SystemExit, match="libQt6Network"):
        rules.filter_binaries(
            binaries, imports_of=lambda path: ["libQt6Network.so.6"], log=lambda _: None
        )
