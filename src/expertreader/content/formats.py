"""Which files are articles, and the parser's version: what start-up needs, without the parser.

Opening the content index must not import the parser (``parse.py`` and its layouts, tens of
milliseconds before the first paint). ``parse.py`` keeps the same values; a test holds them equal.
"""

from __future__ import annotations

ARTICLE_SUFFIXES = (".txt", ".htm", ".html")
"""Plain-text articles and saved web pages (``parse.ARTICLE_SUFFIXES``)."""
PARSER_VERSION = 2
"""``parse.PARSER_VERSION``: raised whenever the same file may parse differently."""
