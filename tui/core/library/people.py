"""The library's people in one call: sync the quote book, read the reader's choices, merge."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from tui.core.library.quotebook import QuoteBook
from tui.core.library.speakers import People
from tui.core.stores.people import PeoplePrefs

__all__ = ["PeopleData", "read_people", "read_people_soon"]


@dataclass(frozen=True, slots=True)
class PeopleData:
    """Everything the People, person and timeline views show, for one set of documents."""

    book: QuoteBook
    paths: tuple[str, ...]
    people: People
    apart: frozenset[str]
    quotes: int
    problem: str | None = None

    def regroup(self, apart: frozenset[str]) -> PeopleData:
        """The same quotes merged again with another set of names kept apart."""
        people = self.book.people(apart)
        return PeopleData(self.book, self.paths, people, apart, self.quotes, self.problem)


def read_people(
    paths: Sequence[str],
    prefs: PeoplePrefs | None,
    *,
    book: QuoteBook | None = None,
    scope: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PeopleData:
    """Bring the quote book up to date for ``paths`` and merge their speakers into people.

    ``scope``: the library's folders, which name its quote book (default: ``paths``).
    """
    book = book if book is not None else QuoteBook.default(scope or paths)
    book.sync(paths, progress, cancelled=cancelled)
    apart, problem = prefs.load() if prefs is not None else (frozenset(), None)
    people = book.people(apart)
    return PeopleData(book, tuple(paths), people, apart, book.count(), problem)


def read_people_soon(
    paths: Sequence[str],
    prefs: PeoplePrefs | None,
    *,
    scope: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[PeopleData]:
    """What the quote book already knows at once (if anything), then, if the files changed
    since, the people after bringing it up to date. For screens that must open at once."""
    book = QuoteBook.default(scope or paths)
    apart, problem = prefs.load() if prefs is not None else (frozenset(), None)
    known = book.count()
    if known:
        yield PeopleData(book, tuple(paths), book.people(apart), apart, known, problem)
    changed = book.sync(paths, progress, cancelled=cancelled)
    if (changed or not known) and not cancelled():
        yield PeopleData(book, tuple(paths), book.people(apart), apart, book.count(), problem)
