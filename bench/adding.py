"""How long adding articles takes, and what they cost the next start.

Adds, the way the window and ``expertreader add`` do (read and check once, copy, index without
parsing again): a hostile saved page just under the 5 MB cap with 80,000 questions, then 50
ordinary articles; then opens the library as a start-up does. Prints figures; it does not pass
or fail.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from expertreader import paths
from expertreader.content import adding
from expertreader.content.library import Library, load_library
from expertreader.content.webpage import MAX_PAGE_BYTES

ORDINARY = 50


def hostile_page(folder: Path) -> Path:
    """Many tiny questions: the most rows a page under the cap can make."""
    rows = (
        b"<h2>Question %d?</h2><p>Answer %d, a few words.</p>\n" % (n, n) for n in range(80_000)
    )
    body = b"<h1>A Very Long Page</h1>\n" + b"".join(rows)
    path = folder / "hostile.html"
    path.write_bytes(body[: MAX_PAGE_BYTES - 64].rsplit(b"\n", 1)[0])
    return path


def ordinary(folder: Path, number: int) -> Path:
    path = folder / f"article{number}.txt"
    questions = "".join(
        f"What about question {number}-{q}?\n\nAn answer of some length, {q} of 12.\n\n"
        for q in range(12)
    )
    path.write_text(f"Ask the Expert: Topic {number}\n\nMay 1, 2021\n\n{questions}", "utf-8")
    return path


def add(library: Library, files: list[Path]) -> tuple[float, float]:
    """Seconds to read and check, and to copy and index."""
    started = time.perf_counter()
    candidates = [adding.read_candidate(path) for path in files]
    checked = time.perf_counter()
    adding.install(candidates, library)
    library.take_over(library.reopened(parsed=adding.parsed_articles(candidates)))
    return checked - started, time.perf_counter() - checked


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="expertreader-bench-") as folder:
        root = Path(folder)
        paths.set_data_dir(root / "data")
        sources = root / "downloads"
        sources.mkdir()
        library = load_library(paths.content_dir())
        page = hostile_page(sources)
        read, indexed = add(library, [page])
        size = page.stat().st_size / 1024 / 1024
        print(
            f"hostile page ({size:.1f} MB, 80,000 questions): checked in {read:.2f} s, "
            f"copied and indexed in {indexed:.2f} s"
        )
        read, indexed = add(library, [ordinary(sources, n) for n in range(ORDINARY)])
        print(
            f"{ORDINARY} ordinary articles at once: checked in {read:.2f} s, "
            f"copied and indexed in {indexed:.2f} s"
        )
        library.close()
        opened = []
        for _ in range(5):
            started = time.perf_counter()
            again = load_library(paths.content_dir())
            opened.append((time.perf_counter() - started) * 1000)
            how = again.index.report.how
            again.close()
        listed = ", ".join(f"{ms:.1f}" for ms in opened)
        print(f"next start, library opened ({how}, {ORDINARY + 2} articles): {listed} ms")
        paths.set_data_dir(None)


if __name__ == "__main__":
    main()
