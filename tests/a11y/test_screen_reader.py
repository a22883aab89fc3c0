"""What a screen reader gets from the real window, read through AT-SPI as Orca reads it.

The stage (conftest.py) runs the installed program under Xvfb with the AT-SPI bridge on;
atspi_probe.py reports every node, the focus after each Tab and the events sent while a note is
typed. These tests judge that report; they fail on real problems and keep no list of known ones.

Visual order, the rule the Tab order is held to: the window's own containers (panes, panels,
tab pages) are its regions, and a region's controls are read together. Inside a container its
parts are read in rows, top to bottom, and each row left to right (a recursive XY-cut of the
parts' boxes: split where a horizontal line crosses no part, then where a vertical one does);
parts that cannot be split that way are read by their top-left corners. So in the two-pane window
everything in the question pane comes before the reading pane, and in the reading pane the
buttons above the answer come before it. Tab wraps around, so the Tab cycle is compared from the
visually first stop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from expertreader.content.model import Article
from expertreader.dates import format_date

Node = dict[str, Any]
Report = dict[str, Any]
Box = tuple[int, int, int, int]  # x, y, width, height
DOCUMENT_ROLES = {"document frame", "document text", "document web"}
# Controls a keyboard user must be able to reach with Tab (one radio button per group is
# enough). Focusable labels (text selectable by mouse) and containers are not Tab stops.
TAB_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "password text",
    "combo box",
    "spin button",
    "slider",
    "tree",
    "tree table",
    "list",
    "list box",
    "table",
    "page tab list",
    "link",
}
HEADER_ROLES = {"label", "heading", "static", "caption"}

a11y = pytest.mark.a11y


# --- the visual order -------------------------------------------------------------------------
def reading_order(boxes: Sequence[Box]) -> list[int]:
    """Indices of ``boxes`` in reading order: rows top to bottom, each row left to right."""
    return _cut(list(range(len(boxes))), boxes)


def _cut(indices: list[int], boxes: Sequence[Box]) -> list[int]:
    if len(indices) <= 1:
        return indices
    for axis in (1, 0):  # rows (split along y) first, then columns (along x)
        groups = _bands(indices, boxes, axis)
        if len(groups) > 1:
            return [index for group in groups for index in _cut(group, boxes)]
    return sorted(indices, key=lambda i: (boxes[i][1], boxes[i][0]))


def _bands(indices: list[int], boxes: Sequence[Box], axis: int) -> list[list[int]]:
    """Groups of boxes separated by a line along ``axis`` that crosses none of them."""
    ordered = sorted(indices, key=lambda i: boxes[i][axis])
    groups: list[list[int]] = []
    end = None
    for index in ordered:
        start, size = boxes[index][axis], boxes[index][axis + 2]
        if end is None or start >= end:
            groups.append([])
            end = start + size
        groups[-1].append(index)
        end = max(end, start + size)
    return groups


def _union(boxes: Iterable[Box]) -> Box:
    listed = list(boxes)
    left, top = min(b[0] for b in listed), min(b[1] for b in listed)
    right, bottom = max(b[0] + b[2] for b in listed), max(b[1] + b[3] for b in listed)
    return left, top, right - left, bottom - top


def visual_order(nodes: Sequence[Node], stops: Sequence[Node]) -> list[tuple[int, ...]]:
    """The paths of ``stops`` in visual order, regions taken from the tree of ``nodes``."""
    wanted = {tuple(stop["path"]): _box(stop) for stop in stops}
    paths = {tuple(n["path"]) for n in nodes}
    paths |= {stop[:length] for stop in wanted for length in range(1, len(stop) + 1)}
    children: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
    for path in sorted(paths):
        children.setdefault(path[:-1], []).append(path)

    def boxes_under(path: tuple[int, ...]) -> list[Box]:
        return [box for stop, box in wanted.items() if stop[: len(path)] == path]

    def order(path: tuple[int, ...]) -> list[tuple[int, ...]]:
        parts = [child for child in children.get(path, []) if boxes_under(child)]
        part_boxes = [_union(boxes_under(child)) for child in parts]
        inside = [stop for i in reading_order(part_boxes) for stop in order(parts[i])]
        return [path, *inside] if path in wanted else inside

    return [stop for root in children.get((), []) for stop in order(root)]


def _box(node: Node) -> Box:
    x, y, width, height = node.get("extents") or (0, 0, 0, 0)
    return x, y, width, height


# --- reading the report -------------------------------------------------------------------------
def screens(report: Report) -> list[tuple[str, list[Node], Report]]:
    """(label, nodes, Tab walk) for the main window and each dialog that opened."""
    found = [("main window", report["window"], report["tab"])]
    found += [(d["label"], d["nodes"], d["tab"]) for d in report["dialogs"] if d["opened"]]
    return found


def on_screen(node: Node) -> bool:
    return {"showing", "visible"} <= set(node["states"])


def focusable(nodes: Iterable[Node]) -> list[Node]:
    return [n for n in nodes if on_screen(n) and "focusable" in n["states"]]


def unnamed(nodes: Iterable[Node]) -> list[Node]:
    return [n for n in focusable(nodes) if not n["name"].strip()]


def show(node: Node) -> str:
    return f"{node['role']} {node['name']!r} (id {node.get('id', '')}, at {node.get('extents')})"


def summarise(report: Report) -> list[str]:
    lines = [
        f"{report['program']}: {report['seconds']} s, window ready after {report['ready_s']} s"
    ]
    for label, nodes, tab in screens(report):
        lines.append(
            f"{label}: {len(nodes)} nodes, {len(focusable(nodes))} focusable on screen, "
            f"{len(unnamed(nodes))} of them unnamed, {len(tab['stops'])} Tab stops"
            + (f" (then: {tab['trap']['why']})" if tab["trap"] else "")
        )
    return lines


@pytest.fixture(scope="session")
def report(screen_reader: Report, a11y_summary: list[str]) -> Report:
    """The probe's report; its counts go into the run's closing summary."""
    a11y_summary.extend(summarise(screen_reader))
    return screen_reader


def focused(nodes: Iterable[Node]) -> Node | None:
    """The control that had the keyboard focus when ``nodes`` were read."""
    return next(
        (n for n in focusable(nodes) if "focused" in n["states"] and n["role"] in TAB_ROLES), None
    )


def unreached(nodes: Iterable[Node], stops: Sequence[Node]) -> list[Node]:
    """Enabled controls on screen that Tab never reaches."""
    reached = {tuple(stop["path"]) for stop in stops}
    radio_groups = {tuple(stop["path"][:-1]) for stop in stops if stop["role"] == "radio button"}
    return [
        n
        for n in focusable(nodes)
        if n["role"] in TAB_ROLES
        and "enabled" in n["states"]
        and tuple(n["path"]) not in reached
        and not (n["role"] == "radio button" and tuple(n["path"][:-1]) in radio_groups)
    ]


def loop(stops: Sequence[Node]) -> str:
    """Where a Tab walk that never closed went round: the stops that repeat."""
    seen: dict[tuple[int, ...], int] = {}
    for index, stop in enumerate(stops):
        path = tuple(stop["path"])
        if path in seen:
            cycle = stops[seen[path] : index + 1]
            return "it goes round " + " -> ".join(f"{s['role']} {s['name']!r}" for s in cycle)
        seen[path] = index
    return f"it passed {len(stops)} stops without repeating one"


# --- the checks ---------------------------------------------------------------------------------
@a11y
def test_every_focusable_control_has_a_name(report: Report) -> None:
    problems = [
        f"{label}: {show(node)}"
        for label, nodes, _tab in screens(report)
        for node in unnamed(nodes)
    ]
    assert not problems, "focusable controls a screen reader cannot name:\n" + "\n".join(problems)


@a11y
def test_dialogs_open_and_escape_closes_them(report: Report) -> None:
    problems = [
        f"{d['label']}: {d.get('problem') or 'Escape did not close it'}"
        for d in report["dialogs"]
        if not (d["opened"] and d["closed_by_escape"])
    ]
    assert not problems, "\n".join(problems)


@a11y
def test_tab_order_follows_visual_order(report: Report) -> None:
    problems = []
    for label, nodes, tab in screens(report):
        stops = tab["stops"]
        names = {tuple(s["path"]): f"{s['role']} {s['name']!r}" for s in stops}
        if tab["trap"]:
            trapped = tab["trap"]["after"] or focused(nodes)
            where = f"in {trapped['role']} {trapped['name']!r}" if trapped else "at the start"
            problems.append(f"{label}: a keyboard trap {where}: {tab['trap']['why']}")
            continue
        if not tab["closed"]:
            problems.append(f"{label}: Tab never comes back to the first stop; {loop(stops)}")
            continue
        missed = unreached(nodes, stops)
        if missed:
            problems.append(f"{label}: Tab never reaches " + ", ".join(map(show, missed)))
        expected = visual_order(nodes, stops)
        actual = [tuple(s["path"]) for s in stops]
        start = actual.index(expected[0])
        actual = actual[start:] + actual[:start]
        if actual != expected:
            problems.append(
                f"{label}:\n  Tab order:    {' -> '.join(names[p] for p in actual)}"
                f"\n  visual order: {' -> '.join(names[p] for p in expected)}"
            )
    assert not problems, "Tab order problems:\n" + "\n".join(problems)


@a11y
def test_header_labels_expose_their_text(report: Report, a11y_article: Article) -> None:
    labels = [n for n in report["window"] if on_screen(n) and n["role"] in HEADER_ROLES]
    names = [" ".join(n["name"].split()) for n in labels]
    problems = []
    if not any(a11y_article.title in name for name in names):
        problems.append(f"no label is named with the article's title {a11y_article.title!r}")
    date = format_date(a11y_article.date) if a11y_article.date else None
    meta = [part for part in (date, a11y_article.expert) if part]
    if not any(all(part in name for part in meta) for name in names):
        problems.append(f"no label is named with the date and expert line ({' / '.join(meta)})")
    assert not problems, (
        "\n".join(problems) + "\nlabels on screen:\n" + "\n".join(show(n) for n in labels)
    )


@a11y
def test_saved_note_is_announced(report: Report) -> None:
    typing = report["typing"]
    assert typing["field"] is not None, "no multi-line note field on screen to type into"
    others = [
        f"{e['type']} on {e['role']} {e['name']!r}: {e['data']!r}"
        for e in typing["events"]
        if not e["type"].startswith("object:text-changed") or e["role"] != "text"
    ]
    assert typing["announced"], (
        f"typing into {typing['field']['name']!r} sent no AT-SPI event saying "
        f"{report['plan']['saved_word']!r} (an object:announcement, or a name change of the "
        "status label); events besides the typing itself:\n" + ("\n".join(others) or "none")
    )


@a11y
def test_answer_is_exposed_as_a_document(report: Report, a11y_article: Article) -> None:
    paragraphs = [qa.answer[0] for qa in a11y_article.qas if qa.answer]
    holders = [
        n
        for n in report["window"]
        if on_screen(n) and any(p[:80] in (n["text"] or "") for p in paragraphs)
    ]
    assert holders, "no node on screen exposes the answer's text"
    assert all(n["role"] in DOCUMENT_ROLES for n in holders), (
        "the answer should be a document a screen reader can browse: "
        + ", ".join(show(n) for n in holders)
    )


# --- the rule itself, without a display -----------------------------------------------------------
def node(path: Sequence[int], box: Box | None = None) -> Node:
    return {"path": list(path), "extents": list(box) if box else None}


def test_visual_order_reads_each_pane_whole() -> None:
    """Two panes whose rows line up: the left pane is read whole before the right one."""
    nodes = [node([0]), node([0, 0]), node([0, 1])]
    stops = [
        node([0, 1, 0], (400, 10, 100, 20)),  # a button above the answer
        node([0, 0, 0], (10, 10, 300, 20)),  # search
        node([0, 1, 1], (320, 40, 300, 200)),  # the answer
        node([0, 0, 1], (10, 40, 300, 200)),  # the list
        node([0, 2], (300, 0, 100, 5)),  # a banner's button above both panes
    ]
    assert visual_order(nodes, stops) == [(0, 2), (0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1)]
    boxes = [_box(stop) for stop in stops]  # boxes alone, without the panes, mix them
    assert reading_order(boxes) == [4, 1, 0, 3, 2]


def test_reading_order_is_rows_then_columns() -> None:
    boxes = [(200, 0, 50, 20), (0, 0, 50, 20), (0, 30, 300, 100), (100, 140, 10, 10)]
    assert reading_order(boxes) == [1, 0, 2, 3]
