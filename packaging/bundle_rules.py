"""What goes into the PyInstaller bundle: shared by expertreader.spec and the start-up baseline.

PyInstaller's Qt hooks collect every plugin of every type QtGui touches, Qt's translations, and
whatever those pull in (the GTK theme alone brings GTK's whole stack). ``--exclude-module`` does not
stop that (PyInstaller issue 5503), so the spec filters ``a.binaries`` and ``a.datas`` here:

* Qt shared libraries, Qt plugins and PySide6 extension modules are allow-listed;
* a system library is dropped when only dropped binaries need it (checked with PyInstaller's own
  dependency scanner, so nothing is guessed);
* the build fails if a kept binary needs a dropped one;
* ``SYMLINK`` entries whose target is gone are dropped, so the bundle has no dangling links.

Imported by the spec files only (PyInstaller must be importable); not part of the program.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination name, source path, typecode)

ROOT = Path(__file__).resolve().parent.parent

# Python modules never to collect. Qt bindings we do not use (QtNetwork above all: the program
# makes no network access of any kind); the stdlib's OpenSSL bindings (5 MB: hashlib falls back
# to its built-in md5/sha1/sha2/sha3/blake2, and nothing in the program may open a TLS
# connection); the East Asian legacy codecs (1 MB: articles and exports are UTF-8).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    # Interactive and developer tools and decimal arithmetic: the program uses none (the bundle
    # tests run every command and the window); about 1 MB with their libraries. (XML stays: the
    # Spanish words of exports are read from the Qt Linguist catalogue.)
    "readline",
    "pdb",
    "pydoc",
    "doctest",
    "unittest",
    "decimal",
    "_decimal",
    "ssl",
    "_ssl",
    "_hashlib",
    "_multibytecodec",
    *(f"_codecs_{name}" for name in ("cn", "hk", "iso2022", "jp", "kr", "tw")),
    *(
        f"PySide6.{name}"
        for name in (
            "QtNetwork",
            "QtDBus",
            "QtQml",
            "QtQmlFeatures",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPdf",
            "QtPdfWidgets",
            "QtVirtualKeyboard",
            "QtDesigner",
            "QtHelp",
            "QtSql",
            "QtTest",
            "QtUiTools",
            "QtXml",
            "QtConcurrent",
            "QtLabsStyleKit",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtMultimedia",
        )
    ),
]

# PySide6 extension modules (PySide6/<name>.abi3.so, .pyd) the program may import.
QT_BINDINGS = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtSvgWidgets"}

# Qt shared libraries, by module name (libQt6<name>.so.6, Qt6<name>.dll, <name>.framework).
# DBus: QtGui links it (accessibility bridge, input methods, portal). XcbQpa: the X11 platform.
QT_LIBRARIES = {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "PrintSupport", "Svg", "SvgWidgets"}

# Qt plugins, by type and by name without "lib"/"q" decoration. Types not listed are dropped.
QT_PLUGINS: dict[str, set[str]] = {
    # xcb also serves Wayland desktops through XWayland; native Wayland would add about 2.5 MB
    # (libQt6WaylandClient, shell, decoration and EGL plugins, libQt6OpenGL). offscreen: tests, CI.
    "platforms": {"xcb", "offscreen", "windows", "cocoa"},
    # The desktop portal theme gives native file dialogs without GTK; the GTK3 theme pulls in
    # GTK, GDK, ATK, cairo, pango, harfbuzz and more (tens of MB) for little.
    "platformthemes": {"xdgdesktopportal"},
    # Compose (dead keys, accented letters) and IBus (input methods) for typing notes.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # PNG is built into QtGui. SVG: the app icon. Articles are plain text: no JPEG/GIF/TIFF/WebP.
    "imageformats": {"svg"},
    "iconengines": {"svgicon"},
    # Loaded by the xcb platform only when something asks for OpenGL; small.
    "xcbglintegrations": {"xcb-glx-integration", "xcb-egl-integration"},
    # Real printers (the PDF printer needs no plugin). Uses the system's libcups.
    "printsupport": {"cupsprintersupport"},
    # Native widget styles on Windows and macOS (none are shipped for Linux).
    "styles": {"windowsvistastyle", "modernwindowsstyle", "macstyle"},
}

# System libraries never bundled, even when a kept binary links them (Linux; the AppImage
# project's exclude list makes the same calls). Every desktop has them; a bundled copy does harm:
# * libstdc++, libgcc_s: an older bundled libstdc++ stops newer systems' Mesa drivers loading
#   ("GLIBCXX_3.4.30 not found", PyInstaller issues 5573 and 6993);
# * libexpat: Debian 12's copy alone raises the glibc the bundle needs from 2.35 to 2.36, which
#   would shut out Ubuntu 22.04;
# * libcups: must match the system's CUPS, and pulls GnuTLS, Kerberos and Avahi (8 MB, a network
#   stack) with it. The print plugin then loads where libcups2 is installed, as on any desktop
#   with a printer; without it the program still prints to PDF.
# * libdbus-1: it must speak the protocol of the system's own D-Bus daemon (the screen-reader
#   bridge goes through it), and a bundled copy drags in libsystemd and libgcrypt (a crypto
#   library) and their compressors, 4 MB. Every Linux desktop has libdbus-1-3.
SYSTEM_ONLY = re.compile(
    r"^(libcups\.so|libstdc\+\+\.so|libgcc_s\.so|libexpat\.so|libdbus-1\.so)(\..*)?$"
)

# libQt6Gui.so.6 (Linux), Qt6Gui.dll (Windows), QtGui.framework/Versions/A/QtGui (macOS).
_QT_LIB = re.compile(r"^(?:libQt6(\w+)\.so(?:\.[\d.]+)?|Qt6(\w+)\.dll|Qt(\w+))$")
_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/([^/]+)$")
_BINDING = re.compile(r"^PySide6/(Qt\w+)\.(?:abi3\.so|pyd|cpython-[^/]*\.so)$")
_TRANSLATIONS = re.compile(r"^PySide6/(?:Qt/)?translations/")


def read_version(root: Path = ROOT) -> str:
    """The version from pyproject.toml; refuses to build if the package says otherwise."""
    with (root / "pyproject.toml").open("rb") as handle:
        version = str(tomllib.load(handle)["project"]["version"])
    init = (root / "src" / "expertreader" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', init, re.MULTILINE)
    if match and match.group(1) != version:
        raise SystemExit(
            f"version mismatch: pyproject.toml says {version}, "
            f"src/expertreader/__init__.py says {match.group(1)}"
        )
    return version


def platform_icon(packaging_dir: Path) -> str | None:
    """The executable's icon where the platform has one (.ico, .icns), if it exists; else none."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(sys.platform)
    if suffix is None:
        return None  # Linux executables carry no icon: the .desktop file names it
    icon = packaging_dir / "icons" / f"expertreader{suffix}"
    return str(icon) if icon.is_file() else None


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The bundled resources, listed explicitly: articles, their content index, icons, translations.

    The index is the bundled articles compiled (content/index.py): the program opens it at start
    instead of parsing, and only reads it (a stale one is ignored, never trusted).
    """
    datas = [
        (str(path), "resources/content") for path in sorted(root.glob("resources/content/*.txt"))
    ]
    datas += [(str(path), "resources/icons") for path in sorted(root.glob("resources/icons/*"))]
    datas += translation_datas(root)
    index = root / "resources" / "content.index.sqlite"  # built by build.sh just before
    if not index.is_file():
        raise SystemExit(f"{index} missing: build.sh builds it (the program must not parse)")
    datas.append((str(index), "resources"))
    if not any(dest == "resources/content" for _, dest in datas):
        raise SystemExit(f"no articles in {root / 'resources' / 'content'}")
    return datas


def translation_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Our catalogues (.qm for the window, .ts for the words of exports) and Qt's qtbase_es.qm.

    The .qm files are built by ``make translations``; a bundle without them would show an
    English window to someone who chose Spanish, so the build stops instead.
    """
    folder = root / "resources" / "translations"
    sources = sorted(folder.glob("expertreader_*.ts"))
    needed = [ts.with_suffix(".qm") for ts in sources]
    needed += [folder / "qtbase_es.qm", folder / "qtgaps_es.qm"]
    if missing := [path.name for path in needed if not path.is_file()]:
        raise SystemExit(f"{folder}: {', '.join(missing)} missing; run `make translations`")
    return [(str(path), "resources/translations") for path in [*sources, *needed]]


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def policy_drops(dest: str) -> bool:
    """True for a binary the allow-lists above do not allow."""
    dest = _norm(dest)
    if plugin := _PLUGIN.search(dest):
        kind, filename = plugin.groups()
        stem = re.sub(r"(\.so|\.dll|\.dylib)$", "", filename)
        stem = re.sub(r"^lib", "", stem)
        allowed = QT_PLUGINS.get(kind, set())
        return stem not in allowed and stem.removeprefix("q") not in allowed
    if binding := _BINDING.match(dest):
        return binding.group(1) not in QT_BINDINGS
    name = posixpath.basename(dest)
    if name.lower() == "opengl32sw.dll":  # Windows' software OpenGL: for Qt Quick, 20 MB
        return True
    qt_lib = _QT_LIB.match(name)
    if qt_lib and (".framework/" in dest or not qt_lib.group(3)):
        module = next(group for group in qt_lib.groups() if group)
        return module not in QT_LIBRARIES
    return bool(SYSTEM_ONLY.match(name))


def filter_binaries(
    binaries: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]] | None = None,
    log: Callable[[str], None] = print,
) -> list[Entry]:
    """Apply the allow-lists, then drop the libraries that only dropped binaries needed.

    ``imports_of(path)`` names the libraries a binary links directly (default: ``direct_imports``).
    """
    imports_of = imports_of or direct_imports
    entries = [entry for entry in binaries if entry[2] != "SYMLINK"]
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    by_name = {posixpath.basename(_norm(entry[0])): entry for entry in entries}
    deps = {
        name: {posixpath.basename(_norm(lib)) for lib in imports_of(src)} & by_name.keys() - {name}
        for name, (_, src, _) in by_name.items()
    }
    linked = set().union(*deps.values())

    dropped = {name for name, (dest, _, _) in by_name.items() if policy_drops(dest)}
    # A top-level library that something links was collected as a dependency: keep it only if a
    # kept binary needs it. Everything else (extensions, Qt, plugins, libpython) is a root.
    plain_deps = {
        name
        for name, (dest, _, kind) in by_name.items()
        if kind == "BINARY"
        and "/" not in _norm(dest)
        and name in linked
        and not re.match(r"^(lib)?python\d", name)
    }
    roots = set(by_name) - dropped - plain_deps
    keep, todo = set(roots), list(roots)
    while todo:
        for dep in deps[todo.pop()] - keep - dropped:
            keep.add(dep)
            todo.append(dep)

    for name in sorted(keep):
        if missing := {dep for dep in deps[name] & dropped if not SYSTEM_ONLY.match(dep)}:
            raise SystemExit(
                f"bundle_rules: {by_name[name][0]} needs {sorted(missing)}, which the "
                "allow-lists in packaging/bundle_rules.py drop"
            )
    gone = sorted(set(by_name) - keep)
    log(f"bundle_rules: dropped {len(gone)} of {len(by_name)} binaries: {', '.join(gone)}")
    return [entry for entry in entries if posixpath.basename(_norm(entry[0])) in keep] + links


def filter_datas(datas: Iterable[Entry]) -> list[Entry]:
    """Drop PySide6's folder of Qt translations (every language of every Qt module): the one file
    the program uses, qtbase_es.qm, comes with our own resources (``translation_datas``)."""
    return [entry for entry in datas if not _TRANSLATIONS.match(_norm(entry[0]))]


def drop_dangling_symlinks(
    binaries: list[Entry], datas: list[Entry], log: Callable[[str], None] = print
) -> tuple[list[Entry], list[Entry]]:
    """PyInstaller 6 adds SYMLINK entries (e.g. libQt6Gui.so.6 -> PySide6/Qt/lib/...): drop the
    ones whose target was filtered out."""
    present = {_norm(dest) for dest, _, kind in [*binaries, *datas] if kind != "SYMLINK"}
    links = {
        _norm(dest): _norm(src) for dest, src, kind in [*binaries, *datas] if kind == "SYMLINK"
    }

    def resolves(dest: str, seen: frozenset[str] = frozenset()) -> bool:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), links[dest]))
        if target in present:
            return True
        return target in links and target not in seen and resolves(target, seen | {dest})

    def keep(entry: Entry) -> bool:
        return entry[2] != "SYMLINK" or resolves(_norm(entry[0]))

    dropped = [e[0] for e in [*binaries, *datas] if not keep(e)]
    if dropped:
        log(f"bundle_rules: dropped {len(dropped)} dangling symlinks: {', '.join(sorted(dropped))}")
    return [e for e in binaries if keep(e)], [e for e in datas if keep(e)]


def apply(analysis: object, log: Callable[[str], None] = print) -> None:
    """Filter a PyInstaller ``Analysis`` in place."""
    binaries = filter_binaries(analysis.binaries, log=log)  # type: ignore[attr-defined]
    datas = filter_datas(analysis.datas)  # type: ignore[attr-defined]
    binaries, datas = drop_dangling_symlinks(binaries, datas, log=log)
    analysis.binaries = binaries  # type: ignore[attr-defined]
    analysis.datas = datas  # type: ignore[attr-defined]


def direct_imports(path: str) -> list[str]:
    """The libraries ``path`` links directly (ELF DT_NEEDED; PE and Mach-O imports).

    Direct, not transitive: a library only a dropped one needs (libcups's GnuTLS) must not look
    needed by what links the dropped one. On Linux PyInstaller's scanner runs ldd, which answers
    transitively, so readelf (binutils, which strip needs anyway) is asked first.
    """
    if sys.platform.startswith("linux") and shutil.which("readelf"):
        out = subprocess.run(
            ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=False
        ).stdout
        return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    from PyInstaller.depend import bindepend

    return [name for name, _ in bindepend.get_imports(path)]
