"""Ids for the person's bookmarks and notes: URNs that stay the same on every machine."""

from __future__ import annotations

import uuid


def new_uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"
