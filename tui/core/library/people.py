"""The library's people in one call: sync the quote book, read the reader's choices, merge."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.core.library.quotebook import QuoteBook, QuoteRow
from tui.core.library.speakers import People, group_speakers
from tui.core.stores.people import PeoplePrefs

__all__ = ["PeopleData", "read_people"]


@dataclass(frozen=True, slots=True)
class PeopleData:
    """Everything the People, person and timeline views show, for one set of documents."""

    book: QuoteBook
    paths: tuple[str, ...]
    rows: tuple[QuoteRow, ...]
    people: People
    apart: frozenset[str]
    problem: str | None = None

    def regroup(self, apart: frozenset[str]) -> PeopleData:
        """The same quotes merged again with another set of names kept apart."""
        people = group_speakers(self.rows, apart=apart)
        return PeopleData(self.book, self.paths, self.rows, people, apart, self.problem)


def read_people(
    paths: Sequence[str],
    prefs: PeoplePrefs | None,
    *,
    book: QuoteBook | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PeopleData:
    """Bring the quote book up to date for ``paths`` and merge their speakers into people."""
    book = book if book is not None else QuoteBook.default()
    book.sync(paths, progress, cancelled=cancelled)
    apart, problem = prefs.load() if prefs is not None else (frozenset(), None)
    rows = tuple(book.quotes(paths))
    return PeopleData(book, tuple(paths), rows, group_speakers(rows, apart=apart), apart, problem)
