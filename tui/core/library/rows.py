"""The library list's row model: one entry per document, and the newest-first order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["Entry", "entry_for", "newest_first_key", "sort_newest_first"]


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
