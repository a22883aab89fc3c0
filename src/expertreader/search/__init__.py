"""Search over the content index and the person's notes: ranking, snippets, spelling (no Qt)."""
