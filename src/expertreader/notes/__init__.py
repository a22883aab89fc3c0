"""The person's words: notes and bookmarks in SQLite, history, backups, repair (no Qt)."""
