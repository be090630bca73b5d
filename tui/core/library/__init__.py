"""The library: discover files, digest them into index rows, the SQLite index, search and sync."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tui.core.library.digest import parser_fingerprint, searchable_text
    from tui.core.library.folders import discover, discover_paths
    from tui.core.library.fts import Hit
    from tui.core.library.index import DB_NAME, Index
    from tui.core.library.rows import Entry, entry_for, sort_newest_first
    from tui.core.library.sync import newest, scan, search

__all__ = [
    "DB_NAME",
    "Entry",
    "Hit",
    "Index",
    "discover",
    "discover_paths",
    "entry_for",
    "newest",
    "parser_fingerprint",
    "scan",
    "search",
    "searchable_text",
    "sort_newest_first",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "Entry": "rows",
        "entry_for": "rows",
        "sort_newest_first": "rows",
        "discover": "folders",
        "discover_paths": "folders",
        "newest": "sync",
        "scan": "sync",
        "search": "sync",
        "DB_NAME": "index",
        "Index": "index",
        "Hit": "fts",
        "parser_fingerprint": "digest",
        "searchable_text": "digest",
    },
)
