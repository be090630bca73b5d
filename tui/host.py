"""What screens and the palette may ask of the app, and the one typed way to reach it.

A ``Protocol`` rather than the app class itself: the app imports the screens (to show
them), so the screens must not import the app, not even for its type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pathlib import Path

    from textual.dom import DOMNode

    from tui.bookmarking import BookmarkKeeper
    from tui.core.library.firstlook import FirstLook
    from tui.core.model import Briefing
    from tui.core.stores import ConfigStore
    from tui.core.stores.bookmarks import Bookmark


@runtime_checkable
class Host(Protocol):
    """The briefing app, as its screens see it."""

    #: The bookmarks as shown, saved in thread workers (None: nowhere to keep them).
    bookmarks: BookmarkKeeper | None
    #: ``bookmarks.toml`` (None: nowhere to keep bookmarks); other user files sit beside it.
    bookmarks_path: Path | None
    #: ``config.toml`` (its path is named when the library is empty; folders are added to it).
    config_store: ConfigStore
    #: Whether the app was started on paths from the command line (not on the library).
    paths_given: bool
    #: A helper reading a never-indexed library's newest documents before the first frame.
    first_look: FirstLook | None

    @property
    def bookmarks_available(self) -> bool:
        """Whether there is a bookmark store to use."""
        ...

    def bookmarked_ids(self, doc: Briefing | None) -> frozenset[str]:
        """Target ids of the bookmarked items of ``doc``."""
        ...

    def toggle_bookmark(self, doc: Briefing, kind: str, item: object, source: str) -> bool | None:
        """Add or remove a bookmark at once; True when added, None when nothing happened."""
        ...

    def show_bookmarks(
        self, available_ids: set[str], then: Callable[[Bookmark | None], None]
    ) -> None:
        """Push the bookmarks screen; ``then`` gets the bookmark chosen (None: none)."""
        ...

    def release_keys(self, start: bool = True) -> None:
        """The reader can act on keys now: replay those typed while it could not (those
        typed at start too, unless ``start`` is False)."""
        ...

    def wait_for_open(self) -> None:
        """Keys from now on wait for the briefing being opened (until ``release_keys``)."""
        ...

    def drop_waiting_keys(self) -> None:
        """The open was stopped: drop the keys that waited for it."""
        ...


def host(node: DOMNode) -> Host:
    """The app ``node`` runs in, typed as the briefing app."""
    app = node.app
    if not isinstance(app, Host):
        raise TypeError(f"{type(app).__name__} is not the briefing app")
    return app


__all__ = ["Host", "host"]
