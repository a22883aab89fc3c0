"""The stage for the screen-reader check: a private X display, a window manager, a D-Bus session,
the AT-SPI bus, the installed program, and atspi_probe.py reading it as Orca would.

Nothing here touches the person's desktop: Xvfb takes a free display (``-displayfd``), every
process gets a home folder in the test's temporary folder, and the D-Bus session comes from
``dbus-run-session``, which ends its bus when the test closes it.
"""

from __future__ import annotations

import json
import os
import select
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import IO, Any

import pytest

from expertreader.content.model import Article
from expertreader.content.parse import parse_file

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED_ARTICLE = ROOT / "resources" / "content" / "000_13036496fefd8c92.txt"
PROBE = HERE / "atspi_probe.py"
SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, which has pyatspi
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
TOOLS = ("Xvfb", "openbox", "xdotool", "dbus-run-session", "dbus-send")
DEBIAN_PACKAGES = "xvfb openbox xdotool dbus-daemon dbus-bin at-spi2-core python3-pyatspi"
PROGRAM_ENV = "EXPERTREADER_A11Y_PROGRAM"  # another build to check, e.g. the packaged one
SCREEN = "1280x800x24"
START_TIMEOUT_S = 15.0
PROBE_TIMEOUT_S = 120.0
NOTE_TEXT = "Ask about trials"
SAVED_WORD = "Saved"

Report = dict[str, Any]
SUMMARY: list[str] = []  # printed at the end of the run by pytest_terminal_summary


def program_under_test() -> Path:
    """The installed program by default; ``EXPERTREADER_A11Y_PROGRAM`` names another build."""
    chosen = os.environ.get(PROGRAM_ENV)
    return Path(chosen).resolve() if chosen else Path(sys.executable).with_name("expertreader")


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not BUS_LAUNCHER.is_file():
        missing.append(str(BUS_LAUNCHER))
    has_pyatspi = SYSTEM_PYTHON.is_file() and (
        subprocess.run(
            [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, timeout=30
        ).returncode
        == 0
    )
    if not has_pyatspi:
        missing.append(f"pyatspi for {SYSTEM_PYTHON}")
    return missing


def wait_for(condition: Callable[[], bool], what: str, timeout: float = START_TIMEOUT_S) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"screen-reader check: {what} did not happen within {timeout:.0f} s")
        time.sleep(0.02)


def read_line(stream: IO[bytes], what: str) -> str:
    """The first line a starting process writes, without hanging if it never does."""
    ready, _, _ = select.select([stream], [], [], START_TIMEOUT_S)
    line = stream.readline().decode().strip() if ready else ""
    if not line:
        pytest.fail(f"screen-reader check: {what} printed nothing within {START_TIMEOUT_S:.0f} s")
    return line


class Stage:
    """Starts the processes of one check and stops each of them, and their children, at the end."""

    def __init__(self, folder: Path, stack: ExitStack) -> None:
        self.folder = folder
        self.stack = stack
        home = folder / "home"
        runtime = folder / "runtime"
        for made in (home, runtime):
            made.mkdir(parents=True)
        runtime.chmod(0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
        }

    def start(self, name: str, argv: list[str], **options: Any) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        self.stack.callback(log.close)
        options.setdefault("stdout", log)
        process = subprocess.Popen(
            argv,
            env=options.pop("env", self.env),
            stderr=log,
            start_new_session=True,  # its own process group: its children end with it
            **options,
        )
        self.stack.callback(stop, process)
        return process

    def log(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a process this stage started, and whatever it started, by its process group."""
    for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
    with suppress(ProcessLookupError):  # children left behind by a process that ended
        os.killpg(process.pid, signal.SIGTERM)


def start_display(stage: Stage) -> None:
    """Xvfb on the first free display; it writes the display's number once it is ready."""
    read_end, write_end = os.pipe()
    argv = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"]
    stage.start("xvfb", [*argv, "-noreset"], pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end, "rb") as numbers:
        stage.env["DISPLAY"] = ":" + read_line(numbers, "Xvfb")


def start_window_manager(stage: Stage) -> None:
    """Openbox: without a window manager, focus is lost when a dialog closes under Xvfb."""
    ready = stage.folder / "openbox.ready"
    announce = f"touch {shlex.quote(str(ready))}"  # openbox runs it once it manages the screen
    stage.start("openbox", ["openbox", "--sm-disable", "--startup", announce])
    wait_for(ready.exists, "openbox start-up")


def start_session_bus(stage: Stage) -> None:
    """A D-Bus session of its own: ``dbus-run-session`` ends it when its child (cat) ends."""
    script = 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null'
    session = stage.start(
        "dbus-session",
        ["dbus-run-session", "--", "sh", "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert session.stdin is not None and session.stdout is not None
    stage.stack.callback(session.stdout.close)
    stage.stack.callback(session.stdin.close)  # runs before stop(): the session ends itself
    stage.env["DBUS_SESSION_BUS_ADDRESS"] = read_line(session.stdout, "dbus-run-session")


def start_accessibility_bus(stage: Stage) -> None:
    stage.start("at-spi-bus-launcher", [str(BUS_LAUNCHER), "--launch-immediately"])
    question = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.a11y.Bus",
    ]

    def registered() -> bool:
        answer = subprocess.run(question, env=stage.env, capture_output=True, text=True, timeout=10)
        return "boolean true" in answer.stdout

    wait_for(registered, "the AT-SPI bus (org.a11y.Bus) registration")


def start_program(stage: Stage, program: Path) -> subprocess.Popen[bytes]:
    content = stage.folder / "content"
    content.mkdir()
    shutil.copy2(SEED_ARTICLE, content / SEED_ARTICLE.name)
    env = {
        **stage.env,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "EXPERTREADER_CONTENT_DIR": str(content),
    }
    data = stage.folder / "data"
    return stage.start("program", [str(program), "--data-dir", str(data)], env=env)


def probe_plan(pid: int, article: Article) -> Report:
    """What atspi_probe.py does after reading the window: type a note, open two dialogs."""
    first_words = " ".join(article.qas[0].answer[0].split()[:4])
    return {
        "pid": pid,
        "note_text": NOTE_TEXT,
        "saved_word": SAVED_WORD,
        "dialogs": [
            {"label": "Note on a passage", "select": first_words, "keys": ["ctrl+shift+n"]},
            {"label": "Export your notes", "keys": ["ctrl+e"]},
        ],
    }


def run_probe(stage: Stage, program: subprocess.Popen[bytes], article: Article) -> Report:
    plan = stage.folder / "plan.json"
    plan.write_text(json.dumps(probe_plan(program.pid, article)), encoding="utf-8")
    try:
        probe = subprocess.run(
            [str(SYSTEM_PYTHON), str(PROBE), str(plan)],
            env=stage.env,
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"atspi_probe.py took over {PROBE_TIMEOUT_S:.0f} s; logs in {stage.folder}")
    (stage.folder / "probe.log").write_text(probe.stderr, encoding="utf-8")
    if probe.returncode != 0 or program.poll() is not None:
        pytest.fail(
            f"screen-reader check could not read the program (probe exit {probe.returncode}, "
            f"program exit {program.poll()}):\n{probe.stderr[-3000:]}\n"
            f"program output:\n{stage.log('program')[-3000:]}"
        )
    errors = [
        log.read_text(errors="replace")
        for log in [stage.folder / "program.log", *(stage.folder / "data").glob("*.log")]
        if "Traceback" in log.read_text(errors="replace")
    ]
    if errors:
        pytest.fail("the program failed during the screen-reader check:\n" + errors[0][-3000:])
    report: Report = json.loads(probe.stdout)
    (stage.folder / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


@pytest.fixture(scope="session")
def a11y_article() -> Article:
    """The article the program shows in the check (copied alone into its content folder)."""
    return parse_file(SEED_ARTICLE)


@pytest.fixture(scope="session")
def a11y_summary() -> list[str]:
    """Lines for the run's closing summary (counts of nodes, names and Tab stops)."""
    return SUMMARY


@pytest.fixture(scope="session")
def screen_reader(tmp_path_factory: pytest.TempPathFactory, a11y_article: Article) -> Report:
    """Run the program on a private display and read it through AT-SPI: the probe's report."""
    missing = missing_tools()
    if missing:
        message = f"the screen-reader check needs {', '.join(missing)}"
        if getattr(os, "geteuid", lambda: -1)() == 0:
            pytest.fail(f"{message}; `make test` installs them as root (Makefile DEB_TEST)")
        pytest.skip(f"{message}: sudo apt-get install {DEBIAN_PACKAGES}")
    program = program_under_test()
    if not program.is_file():
        pytest.fail(f"no program to check at {program}")
    folder = tmp_path_factory.mktemp("a11y")
    started = time.monotonic()
    with ExitStack() as stack:
        stage = Stage(folder, stack)
        start_display(stage)
        start_window_manager(stage)
        start_session_bus(stage)
        start_accessibility_bus(stage)
        report = run_probe(stage, start_program(stage, program), a11y_article)
    report["program"] = str(program)
    report["seconds"] = round(time.monotonic() - started, 1)
    report["folder"] = str(folder)
    return report


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SUMMARY:
        terminalreporter.section("screen reader (AT-SPI)")
        for line in SUMMARY:
            terminalreporter.write_line(line)
