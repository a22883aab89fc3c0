"""Reads a running program through AT-SPI, as a screen reader does, and prints the facts as JSON.

Run by tests/a11y/conftest.py with Debian's /usr/bin/python3 (pyatspi is a Debian package, not
on PyPI) inside the test's own D-Bus session. It only collects: every node of every window, the
focus after each Tab, and the events sent while a note is typed; test_screen_reader.py judges.

Usage: ``atspi_probe.py PLAN.json``; the plan names the program's process id, the text to type
into the note field, the word that says it was saved, and the dialogs to open (keys to press,
text of the answer to select first).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gi  # type: ignore[import-not-found, unused-ignore]

gi.require_version("Atspi", "2.0")
import pyatspi  # type: ignore[import-not-found, unused-ignore]  # noqa: E402
from gi.repository import Atspi, GLib  # type: ignore[import-not-found, unused-ignore]  # noqa: E402

Node = dict[str, Any]
READY_TIMEOUT_S = 20.0
STABLE_FOR_S = 0.5  # the tree must stop changing this long before the window counts as built
FOCUS_TIMEOUT_S = 2.0  # a Tab that moves no focus in this long is a trap
WINDOW_TIMEOUT_S = 5.0  # for a dialog to open or close, and for "Saved" to be announced
MOST_TABS = 60
TEXT_LIMIT = 2000
# Items of a composite control: the control is the Tab stop, not the item (rows, tabs...).
ITEM_ROLES = {
    "table cell",
    "list item",
    "tree item",
    "page tab",
    "menu item",
    "table row",
    "table column header",
    "table row header",
}
EVENTS_WHILE_TYPING = (
    "object:announcement",
    "object:property-change",
    "object:text-changed",
)


def log(message: str) -> None:
    print(f"atspi_probe: {message}", file=sys.stderr, flush=True)


# --- the GLib loop: AT-SPI events arrive only while it runs ----------------------------------
def pump_until(done: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``done()`` holds or ``timeout`` seconds pass."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + timeout
    wake = GLib.timeout_add(20, lambda: True)  # so a waiting iteration returns to check
    try:
        while not done():
            if time.monotonic() > deadline:
                return False
            context.iteration(True)
        return True
    finally:
        GLib.source_remove(wake)


def drain() -> None:
    """Deliver every event already received."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


# --- reading nodes ----------------------------------------------------------------------------
def safe(read: Callable[[], Any], default: Any = None) -> Any:
    try:
        return read()
    except Exception:  # a node can vanish between two questions (GLib.Error, RuntimeError)
        return default


def parent_of(node: Any) -> Any:
    return safe(lambda: node.parent)


def child_of(node: Any, index: int) -> Any:
    return safe(lambda: node.getChildAtIndex(index))


def node_at(app: Any, path: list[int]) -> Any:
    node = app
    for index in path:
        node = child_of(node, index)
    return node


def path_of(node: Any) -> list[int]:
    """Child indices from the application down to ``node``: its name in dumps and events."""
    path: list[int] = []
    while node is not None and safe(node.getRoleName) != "application":
        path.append(safe(node.getIndexInParent, -1))
        node = parent_of(node)
    return path[::-1]


def read_text(node: Any) -> str:
    text = node.queryText()
    return str(text.getText(0, min(text.characterCount, TEXT_LIMIT)))


def describe(node: Any, path: list[int]) -> Node:
    states = safe(lambda: node.getState().getStates(), [])
    extents = safe(lambda: node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS))
    interfaces = safe(node.get_interfaces, [])
    return {
        "path": path,
        "role": safe(node.getRoleName, ""),
        "name": safe(lambda: node.name, "") or "",
        "description": safe(lambda: node.description, "") or "",
        "id": safe(lambda: node.accessibleId, "") or "",
        "states": sorted(pyatspi.stateToString(state) for state in states),
        "extents": [extents.x, extents.y, extents.width, extents.height] if extents else None,
        "interfaces": sorted(interfaces),
        "attributes": safe(node.getAttributes, []),
        "text": safe(lambda: read_text(node)) if "Text" in interfaces else None,
    }


def states_of(node: Any) -> set[str]:
    return set(describe(node, [])["states"])


def dump(node: Any, path: list[int]) -> list[Node]:
    """``node`` and everything under it, in tree order."""
    nodes = [describe(node, path)]
    for index in range(safe(lambda: node.childCount, 0)):
        child = child_of(node, index)
        if child is not None:
            nodes.extend(dump(child, [*path, index]))
    return nodes


def stop_of(node: Any) -> Node:
    """The Tab stop a focused node belongs to: an item's composite control, else the node."""
    while node is not None and safe(node.getRoleName) in ITEM_ROLES:
        node = parent_of(node)
    summary = describe(node, path_of(node))
    return {key: summary[key] for key in ("path", "role", "name", "id", "extents")}


# --- the program's windows --------------------------------------------------------------------
def find_application(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(safe(lambda: desktop.childCount, 0)):
        app = child_of(desktop, index)
        if app is not None and safe(app.get_process_id) == pid:
            return app
    return None


def windows(app: Any) -> list[tuple[int, Any]]:
    """The application's top-level windows that are on screen, with their index."""
    found = []
    for index in range(safe(lambda: app.childCount, 0)):
        window = child_of(app, index)
        if window is not None and "showing" in states_of(window):
            found.append((index, window))
    return found


def wait_for_main_window(pid: int) -> tuple[Any, int]:
    """The program's application node and its window, once the window's tree stops changing."""
    found: dict[str, Any] = {}

    def window_shown() -> bool:
        app = find_application(pid)
        if app is None:
            return False
        app.set_cache_mask(Atspi.Cache.NONE)  # always ask the program, never a stale copy
        shown = windows(app)
        if shown:
            found["app"], found["index"] = app, shown[0][0]
        return bool(shown)

    if not pump_until(window_shown, READY_TIMEOUT_S):
        raise SystemExit(f"no window of process {pid} appeared in the AT-SPI tree")
    app, index = found["app"], found["index"]
    last: list[Node] = []
    since = [time.monotonic()]

    def stable() -> bool:
        tree = dump(child_of(app, index), [index])
        now = time.monotonic()
        if tree != last:
            last[:], since[0] = tree, now
        return now - since[0] >= STABLE_FOR_S

    if not pump_until(stable, READY_TIMEOUT_S):
        raise SystemExit("the window's accessibility tree kept changing")
    return app, index


# --- keys ---------------------------------------------------------------------------------------
def press(*keys: str) -> None:
    """Keys pressed as on a keyboard (XTEST), so they reach the focused window as a person's do.

    ``xdotool key --window`` sends synthetic events instead, and fails on the key release when
    the key press has closed a dialog.
    """
    subprocess.run(["xdotool", "key", *keys], check=True, timeout=10)


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True, timeout=30)


# --- what a keyboard user meets ---------------------------------------------------------------
class FocusLog:
    """Every node that gains focus, and every tab character typed, as the events tell."""

    TYPES = ("object:state-changed:focused", "object:text-changed:insert")

    def __init__(self) -> None:
        self.gained: list[Any] = []
        self.tabs_typed = 0
        pyatspi.Registry.registerEventListener(self._on_event, *self.TYPES)

    def _on_event(self, event: Any) -> None:
        if event.type.startswith(self.TYPES[0]) and event.detail1 == 1:
            self.gained.append(event.source)
        elif event.type.startswith(self.TYPES[1]) and "\t" in str(event.any_data):
            self.tabs_typed += 1

    def close(self) -> None:
        pyatspi.Registry.deregisterEventListener(self._on_event, *self.TYPES)


def tab_walk() -> dict[str, Any]:
    """Press Tab until the focus comes back to the first stop it reached, or cannot move."""
    focus = FocusLog()
    drain()
    focus.gained.clear()
    stops: list[Node] = []
    result: dict[str, Any] = {"stops": stops, "closed": False, "trap": None}
    try:
        for _ in range(MOST_TABS):
            gained, typed = len(focus.gained), focus.tabs_typed

            def moved(gained: int = gained, typed: int = typed) -> bool:
                return len(focus.gained) > gained or focus.tabs_typed > typed

            press("Tab")
            pump_until(moved, FOCUS_TIMEOUT_S)
            drain()
            if len(focus.gained) == gained:
                why = (
                    "Tab typed a tab character"
                    if focus.tabs_typed > typed
                    else "Tab moved no focus"
                )
                result["trap"] = {"after": stops[-1] if stops else None, "why": why}
                break
            stop = stop_of(focus.gained[-1])
            if stops and stop["path"] == stops[0]["path"]:
                result["closed"] = True
                break
            stops.append(stop)
    finally:
        focus.close()
    return result


def event_record(event: Any) -> Node:
    source = event.source
    return {
        "type": event.type,
        "detail1": event.detail1,
        "data": str(event.any_data)[:200],
        "role": safe(source.getRoleName, ""),
        "name": safe(lambda: source.name, "") or "",
        "id": safe(lambda: source.accessibleId, "") or "",
        "attributes": safe(source.getAttributes, []),
    }


def speaks(event: Node, word: str) -> bool:
    """An event a screen reader may speak that says ``word``: not the echo of the typing."""
    typing = event["type"].startswith("object:text-changed") and event["role"] == "text"
    return not typing and (word in event["data"] or word in event["name"])


def type_note(tree: list[Node], app: Any, text: str, word: str) -> dict[str, Any]:
    """Type into the window's multi-line field; collect events until one says ``word``."""
    wanted = {"editable", "multi line", "showing", "focusable"}
    fields = [node for node in tree if wanted <= set(node["states"])]
    if not fields:
        return {"field": None, "events": [], "announced": False}
    field = fields[0]
    target = node_at(app, field["path"])
    target.queryComponent().grabFocus()
    pump_until(lambda: "focused" in states_of(target), FOCUS_TIMEOUT_S)
    events: list[Node] = []

    def on_event(event: Any) -> None:
        events.append(event_record(event))

    pyatspi.Registry.registerEventListener(on_event, *EVENTS_WHILE_TYPING)
    try:
        drain()
        events.clear()
        type_text(text)
        announced = pump_until(lambda: any(speaks(e, word) for e in events), WINDOW_TIMEOUT_S)
        drain()
    finally:
        pyatspi.Registry.deregisterEventListener(on_event, *EVENTS_WHILE_TYPING)
    return {
        "field": {key: field[key] for key in ("path", "role", "name")},
        "typed": text,
        "events": events,
        "announced": announced,
    }


# --- dialogs ------------------------------------------------------------------------------------
def select_text(tree: list[Node], app: Any, snippet: str) -> bool:
    """Select ``snippet`` in the first node on screen whose text holds it."""
    for node in tree:
        start = (node["text"] or "").find(snippet)
        if start >= 0 and "showing" in node["states"]:
            text = node_at(app, node["path"]).queryText()
            return bool(text.setSelection(0, start, start + len(snippet)))
    return False


def open_dialog(app: Any, main: int, opener: dict[str, Any]) -> Node:
    """Open a dialog with the keys a person would use, read it, walk it with Tab, press Escape."""
    report: Node = {"label": opener["label"], "opened": False, "closed_by_escape": False}
    tree = dump(child_of(app, main), [main])
    if opener.get("select") and not select_text(tree, app, opener["select"]):
        report["problem"] = f"could not select {opener['select']!r} in the window"
        return report
    found: dict[str, Any] = {}

    def dialog_active() -> bool:
        for index, window in windows(app):
            if index != main and "active" in states_of(window):
                found["index"], found["window"] = index, window
                return True
        return False

    def dialog_gone() -> bool:
        return all(index != found["index"] for index, _ in windows(app))

    press(*opener["keys"])
    if not pump_until(dialog_active, WINDOW_TIMEOUT_S):
        report["problem"] = f"no dialog became active after {'+'.join(opener['keys'])}"
        return report
    report.update(opened=True, nodes=dump(found["window"], [found["index"]]), tab=tab_walk())
    press("Escape")
    report["closed_by_escape"] = pump_until(dialog_gone, WINDOW_TIMEOUT_S)
    if not report["closed_by_escape"]:  # out of the way of the next dialog
        press("alt+F4")
        pump_until(dialog_gone, WINDOW_TIMEOUT_S)
    pump_until(lambda: "active" in states_of(child_of(app, main)), WINDOW_TIMEOUT_S)
    return report


def main() -> None:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    started = time.monotonic()
    app, main = wait_for_main_window(plan["pid"])
    report: dict[str, Any] = {"plan": plan, "ready_s": round(time.monotonic() - started, 2)}
    log(f"window ready after {report['ready_s']} s")
    report["window"] = dump(child_of(app, main), [main])
    report["tab"] = tab_walk()
    log(f"{len(report['tab']['stops'])} Tab stops")
    typed = type_note(report["window"], app, plan["note_text"], plan["saved_word"])
    report["typing"] = typed
    log(f"note typed; announced: {typed['announced']}")
    report["dialogs"] = [open_dialog(app, main, opener) for opener in plan["dialogs"]]
    report["probe_s"] = round(time.monotonic() - started, 2)
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
