"""The library: which documents a set of folders holds, and their metadata for the list.

This first version parses every document on each scan; the metadata index (SQLite in the
user cache dir) replaces the internals behind the same functions.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.core.errors import BriefingError
from tui.core.formats import LIBRARY_SUFFIXES, load_briefing
from tui.core.model import Briefing


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the library list: a document's metadata, or the error that stopped it."""

    path: str
    title: str
    date: dt.date | None = None
    place: str | None = None
    id: str | None = None
    error: str | None = None


def discover(targets: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The document files named by ``targets`` (files as given; folders searched recursively).

    Hidden files and folders are skipped; so are files whose suffix is not a briefing format.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for target in targets:
        p = Path(target)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root, name)
                    if not name.startswith(".") and f.suffix.lower() in LIBRARY_SUFFIXES:
                        if f not in seen:
                            seen.add(f)
                            found.append(f)
        elif p not in seen:
            seen.add(p)
            found.append(p)
    return found


def entry_for(doc: Briefing, path: str) -> Entry:
    """The list row for a parsed document."""
    return Entry(path=path, title=doc.title, date=doc.date, place=doc.place, id=doc.id)


def scan(
    paths: Iterable[Path], progress: Callable[[int, int], None] | None = None
) -> Iterator[Entry]:
    """Yield an entry per path, in order; a document that fails yields an entry with ``error``."""
    paths = list(paths)
    for i, path in enumerate(paths, 1):
        try:
            yield entry_for(load_briefing(path), str(path))
        except BriefingError as exc:
            yield Entry(path=str(path), title=path.name, error=exc.message)
        if progress is not None:
            progress(i, len(paths))


def sort_newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest first; undated documents after dated ones, then by title."""
    entries = list(entries)
    dated = sorted((e for e in entries if e.date), key=lambda e: (e.date, e.title), reverse=True)
    rest = sorted((e for e in entries if not e.date), key=lambda e: e.title.casefold())
    return dated + rest
