"""The library list's row model: one entry per document, and the newest-first order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model import Briefing

__all__ = ["Entry", "entry_for", "sort_newest_first"]


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


def sort_newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest first; undated documents after dated ones, then by title."""
    entries = list(entries)
    dated = sorted((e for e in entries if e.date), key=lambda e: (e.date, e.title), reverse=True)
    rest = sorted((e for e in entries if not e.date), key=lambda e: e.title.casefold())
    return dated + rest
