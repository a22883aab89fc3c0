"""Edits that could not be saved yet (read-only folder, full disk), kept in memory to retry.

The UI submits every store write through ``PendingWrites``; while ``has_pending`` it shows a
warning and calls ``retry()`` on a timer. Writes run in the order they were submitted, and a
newer edit of the same thing (same key) replaces the older one, so a retry never replays stale text.
"""

from __future__ import annotations

from collections.abc import Callable

from expertreader.notes.errors import StoreError


class PendingWrites:
    """Latest unsaved action per key, in submission order. Qt-free so it can be tested alone."""

    def __init__(self) -> None:
        self._actions: dict[str, Callable[[], object]] = {}
        self.last_error: StoreError | None = None

    @property
    def has_pending(self) -> bool:
        return bool(self._actions)

    @property
    def pending_keys(self) -> list[str]:
        return list(self._actions)

    def submit(self, key: str, action: Callable[[], object]) -> bool:
        """Run ``action`` now (after any older pending writes); False if it is kept for a retry.

        An error other than ``StoreError`` is a bug, not the disk: it is raised and not kept.
        """
        self._actions.pop(key, None)
        self._actions[key] = action
        return self.retry()

    def retry(self) -> bool:
        """Run pending actions in order, stopping at the first failure; True when none is left."""
        for key in list(self._actions):
            try:
                self._actions[key]()
            except StoreError as error:
                self.last_error = error
                return False
            except BaseException:
                del self._actions[key]
                raise
            del self._actions[key]
        self.last_error = None
        return True

    def discard(self, key: str) -> None:
        """Forget an unsaved action (for example the user undid it)."""
        self._actions.pop(key, None)
