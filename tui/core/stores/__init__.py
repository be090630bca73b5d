"""What the user keeps: bookmarks and config on disk, written safely, and their exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tui.core.stores.bookmarks import BookmarkStore, LoadResult, SaveResult
    from tui.core.stores.config import Config, ConfigStore
    from tui.core.stores.records import Bookmark, bookmark_for
    from tui.core.stores.safefile import atomic_write_bytes, locked

__all__ = [
    "Bookmark",
    "BookmarkStore",
    "Config",
    "ConfigStore",
    "LoadResult",
    "SaveResult",
    "atomic_write_bytes",
    "bookmark_for",
    "locked",
]
__getattr__ = lazy_exports(
    __name__,
    {
        "BookmarkStore": "bookmarks",
        "LoadResult": "bookmarks",
        "SaveResult": "bookmarks",
        "Bookmark": "records",
        "bookmark_for": "records",
        "Config": "config",
        "ConfigStore": "config",
        "atomic_write_bytes": "safefile",
        "locked": "safefile",
    },
)
