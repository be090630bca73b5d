"""The library list's row model: one entry per document, and the newest-first order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = [
    "SORT_NAMES",
    "SORT_ORDERS",
    "Entry",
    "entry_for",
    "newest_first_key",
    "sort_key",
    "sort_newest_first",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the library list: a document's metadata, or the error that stopped it.

    ``provisional``: read from the document's opening only (a quick scan); a full scan may
    still correct it. Entries compare equal whatever this flag says.
    """

    path: str
    title: str
    date: dt.date | None = None
    place: str | None = None
    id: str | None = None
    error: str | None = None
    provisional: bool = field(default=False, compare=False)


def entry_for(doc: Briefing, path: str) -> Entry:
    """The list row for a parsed document."""
    return Entry(path=path, title=doc.title, date=doc.date, place=doc.place, id=doc.id)


class _Descending:
    """A string that sorts backwards (the titles of a newest-first key)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.text == other.text

    def __lt__(self, other: _Descending) -> bool:
        return other.text < self.text


def newest_first_key(entry: Entry) -> tuple[object, ...]:
    """The library's order as an ascending sort key: newest date first, a day's titles
    Z to A (as the index's ``ORDER BY date DESC, title DESC``), undated last by title A to Z.

    Ties keep their arrival order, so ``bisect``/``insort`` can place rows one at a time.
    """
    if entry.date:
        return (0, -entry.date.toordinal(), _Descending(entry.title))
    return (1, entry.title.casefold())


def sort_newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest first; undated documents after dated ones, then by title."""
    return sorted(entries, key=newest_first_key)


#: The orders the library list offers, in the order ``s`` steps through them.
SORT_ORDERS: tuple[str, ...] = ("newest", "oldest", "title", "place", "unread")
SORT_NAMES = {
    "newest": "newest first",
    "oldest": "oldest first",
    "title": "by title",
    "place": "by place",
    "unread": "unread first",
}


def oldest_first_key(entry: Entry) -> tuple[object, ...]:
    """Oldest date first (a day's titles A to Z), undated last."""
    if entry.date:
        return (0, entry.date.toordinal(), entry.title.casefold())
    return (1, entry.title.casefold())


def title_sort_key(entry: Entry) -> tuple[object, ...]:
    """Titles A to Z (ignoring case and a leading article's capital), then newest first."""
    return (entry.title.casefold(), newest_first_key(entry))


def place_sort_key(entry: Entry) -> tuple[object, ...]:
    """Places A to Z, newest first within a place; documents without a place last."""
    place = (entry.place or "").casefold()
    return (not place, place, newest_first_key(entry))


def sort_key(
    order: str, is_read: Callable[[Entry], bool] | None = None
) -> Callable[[Entry], tuple[object, ...]]:
    """The sort key of ``order`` (one of ``SORT_ORDERS``; anything else: newest first).

    ``unread first`` keeps the newest-first order within the unread and the read ones.
    """
    if order == "oldest":
        return oldest_first_key
    if order == "title":
        return title_sort_key
    if order == "place":
        return place_sort_key
    if order == "unread" and is_read is not None:
        read = is_read
        return lambda e: (read(e), newest_first_key(e))
    return newest_first_key
