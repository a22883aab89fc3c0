"""The articles: text formats, the library, the content index, the disclaimer rule (no Qt)."""
